/**
 * The learner journey and assignments: which cycles reach a person, module progress, completion, yearly
 * renewal, and the learner pages and assignment admin in {@code ui/}. Owns the tables {@code assignment},
 * {@code module_progress} and {@code completion_record}.
 */
package vn.daotao.progress;
