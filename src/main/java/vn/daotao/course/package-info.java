/**
 * Course content: courses, frozen editions, modules, Markdown sections, attachments, the question bank,
 * quiz settings and imports, with the admin screens in {@code ui/}. Owns the tables {@code course},
 * {@code course_edition}, {@code course_module}, {@code module_section}, {@code attachment},
 * {@code question}, {@code question_option} and {@code quiz_settings}.
 */
package vn.daotao.course;
