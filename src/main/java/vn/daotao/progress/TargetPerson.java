package vn.daotao.progress;

/** A person an assignment can target. */
public record TargetPerson(long id, String fullName, String employeeCode, String unitName) {}
