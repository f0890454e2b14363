/**
 * xAPI statements to the organisation's learning record store (README "xAPI"), off unless {@code app.xapi.enabled}:
 * a module passed or failed, a course completed, a commitment confirmed, each kept in an outbox in the transaction
 * that records it and sent once, in order per person, retried while the store is away. Owns the table
 * {@code xapi_statement}; reads the tables of organisation, course and progress to describe what happened.
 */
package vn.daotao.xapi;
