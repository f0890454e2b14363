/**
 * Sign-in, lockout, roles, the signed-in person ({@link vn.daotao.security.CurrentUser}) and the
 * change-password page. Owns the table {@code login_throttle}; reads {@code app_user} to authenticate.
 */
package vn.daotao.security;
