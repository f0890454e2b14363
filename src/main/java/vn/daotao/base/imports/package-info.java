/** The shape every file import reports in: one line per row with its outcome and problems. */
package vn.daotao.base.imports;
