package vn.daotao.organisation;

import java.io.Serial;
import vn.daotao.base.UserFacingException;

/** A refusal that belongs to one field of a form, so the form can show it next to that field. */
public class FieldRefusal extends UserFacingException {

    @Serial
    private static final long serialVersionUID = 1L;

    public enum Field {
        CODE,
        NAME,
        PARENT,
        FULL_NAME,
        USERNAME,
        EMPLOYEE_CODE,
        EMAIL,
        UNIT,
        ROLES,
        ENABLED
    }

    private final Field field;

    public FieldRefusal(Field field, String messageKey, Object... args) {
        super(messageKey, args);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
