/**
 * The shared kernel: database bootstrap, time, text folding, i18n, Markdown, PDF fonts, the app frame
 * ({@code ui/}), downloads ({@code web/}) and how the process runs ({@code runtime/}). Every feature may use
 * all of it, and it imports no feature: the frame gets the signed-in person through
 * {@link vn.daotao.base.ui.UserBadgeProvider} (implemented by organisation) and reports refused access
 * through {@link vn.daotao.base.AccessDenials} (implemented by audit). Owns no table.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package vn.daotao.base;

import org.springframework.modulith.ApplicationModule;
