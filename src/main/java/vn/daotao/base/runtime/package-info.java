/**
 * How the process runs: request threads that are watched for stalls (liveness) and a shutdown that
 * always ends within its deadline.
 */
package vn.daotao.base.runtime;
