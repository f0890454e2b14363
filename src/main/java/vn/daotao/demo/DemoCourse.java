package vn.daotao.demo;

import java.util.List;

/** The shape of demo/course-bvctnb.json. */
record DemoCourse(String code, String title, String description, List<Module> modules) {

    record Module(String title, String summary, List<Section> sections, List<Question> questions) {}

    record Section(String title, String markdown) {}

    record Question(String kind, String text, String explanation, List<Option> options) {}

    record Option(String text, boolean correct) {}
}
