package vn.daotao.organisation.ui;

import org.springframework.stereotype.Component;
import vn.daotao.base.ui.UserBadge;
import vn.daotao.base.ui.UserBadgeProvider;
import vn.daotao.organisation.OrganisationService;
import vn.daotao.organisation.PersonProfile;

@Component
class OrganisationUserBadges implements UserBadgeProvider {

    private final OrganisationService organisation;

    OrganisationUserBadges(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @Override
    public UserBadge currentBadge() {
        PersonProfile me = organisation.myProfile();
        return new UserBadge(me.fullName(), me.unitName());
    }
}
