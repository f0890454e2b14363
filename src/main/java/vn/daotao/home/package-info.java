/**
 * The role home ({@code /}): gathers the summaries of progress, report and organisation for the signed-in
 * person, so that none of those features has to depend on the others for it. Owns no table.
 */
package vn.daotao.home;
