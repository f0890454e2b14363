/**
 * The REST API for HR systems ({@code /api/v1}, README "REST API"): tokens that administrators make (scoped, shown
 * once, kept hashed, revocable, expiring), their own security chain (no session, no cookie; a token opens nothing
 * else), a rate limit per token, RFC 9457 problem details, an audit event per call, and the endpoints in {@code v1}.
 * Owns the table {@code api_token}; its read models read the tables of organisation, progress and certificate, and
 * writes go through organisation's import rules.
 */
package vn.daotao.api;
