/**
 * Certificates: issue on completion, PDF rendering, the public check, revocation and the certificate
 * settings. Owns the tables {@code certificate}, {@code certificate_serial}, {@code certificate_template}
 * and {@code certificate_seal}.
 */
package vn.daotao.certificate;
