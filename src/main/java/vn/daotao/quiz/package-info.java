/**
 * Quiz attempts: drawing the questions, answers saved one by one, server-side scoring and the quiz page.
 * Owns the tables {@code quiz_attempt} and {@code attempt_question}; reads questions through the course
 * feature.
 */
package vn.daotao.quiz;
