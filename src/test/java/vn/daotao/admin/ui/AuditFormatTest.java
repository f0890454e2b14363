package vn.daotao.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.daotao.base.i18n.AppI18NProvider;

/** Audit details read as "field: before → after", with Vietnamese labels for known fields and the raw key otherwise. */
class AuditFormatTest {

    private static final Map<String, String> BUNDLE = Map.of(
            "audit.field.organisationName", "Tên cơ quan, đơn vị cấp",
            "audit.field.includeSubunits", "Gồm đơn vị trực thuộc",
            "audit.value.true", "Có",
            "audit.value.YEARLY", "Hằng năm");
    private static final Function<String, String> TRANSLATE = BUNDLE::get;

    @Test
    void everyChangedFieldIsOneLineWithBeforeAndAfter() {
        var lines = AuditFormat.lines("""
                {"before": {"organisationName": "Cũ", "sealSha256": null},
                 "after": {"organisationName": "Mới", "sealSha256": "ab12", "includeSubunits": true},
                 "previousId": 41}""", TRANSLATE);
        assertThat(lines)
                .extracting(AuditFormat.Line::text)
                .containsExactly(
                        "Tên cơ quan, đơn vị cấp: Cũ → Mới",
                        "sealSha256: — → ab12",
                        "Gồm đơn vị trực thuộc: — → Có",
                        "previousId: 41");
        assertThat(lines.get(0).change()).isTrue();
        assertThat(lines.get(3).change()).isFalse();
    }

    @Test
    void plainDetailsCodedValuesAndOddInputStayReadable() {
        assertThat(AuditFormat.summary("{\"kind\": \"view\", \"recurrence\": \"YEARLY\", \"list\": [1, 2]}", TRANSLATE))
                .isEqualTo("kind: view; recurrence: Hằng năm; list: 1, 2");
        assertThat(AuditFormat.lines("{}", TRANSLATE)).isEmpty();
        assertThat(AuditFormat.lines(null, TRANSLATE)).isEmpty();
        assertThat(AuditFormat.lines("not json", TRANSLATE))
                .extracting(AuditFormat.Line::after)
                .containsExactly("not json");
        assertThat(AuditFormat.summary("{\"x\": \"" + "a".repeat(400) + "\"}", TRANSLATE))
                .isEqualTo("x: " + "a".repeat(47) + "…");
    }

    @Test
    void codedValuesReadAsWordsOfTheirField() {
        var i18n = new vn.daotao.base.i18n.AppI18NProvider();
        Function<String, String> real = key -> AuditLabels.defined(key, AppI18NProvider.VIETNAMESE)
                ? i18n.getTranslation(key, AppI18NProvider.VIETNAMESE)
                : null;
        assertThat(AuditFormat.summary("{\"limit\": \"LOCKED_NAME_ADDRESS\"}", real))
                .isEqualTo("Giới hạn: Tên đăng nhập tại một địa chỉ mạng");
        assertThat(AuditFormat.summary("{\"problem\": \"ROW_CHANGED\"}", real))
                .isEqualTo("Lỗi phát hiện: Nội dung bản ghi bị sửa sau khi ghi nhận");
        assertThat(AuditFormat.summary(
                        "{\"before\": {\"reviewPolicy\": \"NONE\"}, \"after\": {\"reviewPolicy\": \"FULL\"}}", real))
                .as("NONE is 'nothing more' for a review policy, not 'once' as for a recurrence")
                .isEqualTo("Xem lại đáp án: Không cho xem gì thêm → Xem đáp án sau mỗi lần làm");
        assertThat(AuditFormat.summary("{\"recurrence\": \"NONE\"}", real)).isEqualTo("Lặp lại: Một lần");
        assertThat(AuditFormat.summary("{\"after\": {\"roles\": \"EMPLOYEE,ADMIN\"}}", real))
                .isEqualTo("Vai trò: — → " + i18n.getTranslation("role.EMPLOYEE", AppI18NProvider.VIETNAMESE) + ", "
                        + i18n.getTranslation("role.ADMIN", AppI18NProvider.VIETNAMESE));
    }

    @Test
    void theBundlesKnowTheFieldsThisAreaWrites() {
        for (String key : new String[] {
            "organisationName",
            "signerName",
            "signerTitle",
            "serialPrefix",
            "sealSha256",
            "dueDate",
            "periodStart",
            "unit",
            "person",
            "course",
            "recurrence"
        }) {
            assertThat(AuditLabels.defined("audit.field." + key, AppI18NProvider.VIETNAMESE))
                    .as(key)
                    .isTrue();
            assertThat(AuditLabels.defined("audit.field." + key, AppI18NProvider.ENGLISH))
                    .as(key)
                    .isTrue();
        }
        assertThat(AuditLabels.defined("audit.field.noSuchField", AppI18NProvider.VIETNAMESE))
                .isFalse();
    }
}
