package vn.daotao.base.ui;

/**
 * Supplies the signed-in person's badge to the app frame. Implemented by the organisation feature,
 * so that this shared kernel depends on no feature.
 */
public interface UserBadgeProvider {

    UserBadge currentBadge();
}
