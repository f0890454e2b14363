package vn.daotao.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.daotao.security.TestSignIn;

@SpringBootTest
class OrganisationServiceTest {

    @Autowired
    OrganisationService service;

    @Autowired
    ApplicationContext app;

    @AfterEach
    void signOut() {
        TestSignIn.clear(app);
    }

    @Test
    void unitHeadSeesExactlyTheirSubtreeWithCounts() {
        TestSignIn.as(app, "truongdonvi");
        var units = service.myUnitsOverview();
        assertThat(units).extracting(UnitOverviewRow::code).containsExactly("VP", "VP-HCTH");
        assertThat(units.get(0).directPeople()).isEqualTo(6);
        assertThat(units.get(0).totalPeople()).isEqualTo(11);
        assertThat(units.get(0).headNames()).isEqualTo("Nguyễn Thị Thanh Hương");
        assertThat(units.get(1).totalPeople()).isEqualTo(5);
    }

    @Test
    void adminSeesTheWholeOrganisation() {
        TestSignIn.as(app, "admin");
        var units = service.myUnitsOverview();
        assertThat(units).extracting(UnitOverviewRow::code).contains("BQL", "VP", "VP-HCTH", "TCCB", "KHTC");
        assertThat(units.getFirst().code()).isEqualTo("BQL");
        assertThat(units.getFirst().totalPeople()).isGreaterThanOrEqualTo(23);
        assertThat(service.figures().units()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void employeeIsRefusedUnitAndAdminData() {
        TestSignIn.as(app, "nhanvien");
        assertThatThrownBy(service::myUnitsOverview).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(service::figures).isInstanceOf(AccessDeniedException.class);
        assertThat(service.myProfile().unitPath())
                .containsExactly("Ban Quản lý Làng Văn hóa - Du lịch các dân tộc Việt Nam", "Văn phòng");
    }

    @Test
    @WithMockUser(roles = "UNIT_HEAD")
    void unitHeadIsRefusedAdminFigures() {
        assertThatThrownBy(service::figures).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodySignedInIsRefused() {
        assertThatThrownBy(service::myProfile).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
