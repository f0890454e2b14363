package vn.daotao.course;

/**
 * How a course's certificates are numbered and how long they hold: its own serial prefix (null: the global
 * one from the certificate settings) and a validity in months (null: they never expire). Course-level, so
 * every edition shares them; applied to certificates issued from then on, never to issued ones.
 */
public record CertificateRules(String serialPrefix, Integer validityMonths) {}
