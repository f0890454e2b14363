/**
 * Demo data for the default {@code demo} profile: the organisation, accounts and the first course built
 * from the seed text. Writes into the tables of the other features at start-up only; never in prod.
 */
package vn.daotao.demo;
