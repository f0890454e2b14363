package vn.daotao.organisation;

/** An active unit to choose from, e.g. a person's unit or a new parent. */
public record UnitOption(long id, String code, String name, int depth) {

    public String label() {
        return name + " (" + code + ")";
    }
}
