/**
 * What belongs to no single feature: the admin home, the audit console and the first-admin bootstrap.
 * Each feature keeps its own admin screens in its own {@code ui/} (people and units in organisation,
 * courses in course, assignments in progress, certificate settings in certificate). Owns no table.
 */
package vn.daotao.admin;
