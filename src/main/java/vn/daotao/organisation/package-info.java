/**
 * Units (a tree kept as a materialised path) and people, with their admin services, the CSV/XLSX import
 * and the admin screens in {@code ui/} (unit tree, people list, person editor, people import).
 * A foundation: it depends on security, audit and base, and no arrow runs from it to a feature above.
 *
 * <p>Owns the tables {@code unit} and {@code app_user}. Other features read a person or a unit through
 * {@link vn.daotao.organisation.OrganisationService}, or join these tables in their read models for the
 * scope of a unit head (the subtree of a unit).
 */
package vn.daotao.organisation;
