/**
 * The learner journey and assignments: which cycles reach a person, module progress, completion, yearly
 * renewal, records made by hand (in-person sessions and attendance, exemptions, withdrawal), and the learner
 * pages, assignment admin and session pages in {@code ui/}. Owns the tables {@code assignment},
 * {@code module_progress}, {@code completion_record}, {@code training_session}, {@code training_session_module},
 * {@code attendance}, {@code exemption} and {@code record_evidence}.
 */
package vn.daotao.progress;
