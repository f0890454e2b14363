/**
 * The shared kernel: database bootstrap, time, text folding, i18n and the app frame. Every feature
 * may use all of it, and it depends on no feature (the frame gets the signed-in person through
 * {@link vn.daotao.base.ui.UserBadgeProvider}).
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package vn.daotao.base;

import org.springframework.modulith.ApplicationModule;
