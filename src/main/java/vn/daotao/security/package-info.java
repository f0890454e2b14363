/**
 * Sign-in, lockout, roles, the signed-in person ({@link vn.daotao.security.CurrentUser}) and the
 * change-password page. Owns the tables {@code login_attempt} and {@code login_known_address}; reads {@code app_user} to authenticate.
 */
package vn.daotao.security;
