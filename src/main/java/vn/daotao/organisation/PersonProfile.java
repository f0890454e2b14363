package vn.daotao.organisation;

import java.util.List;
import java.util.Set;
import vn.daotao.security.Role;

/** A person as shown to themselves and to those who may see them; {@code unitPath} runs from the root. */
public record PersonProfile(
        long id,
        String username,
        String fullName,
        String employeeCode,
        String email,
        long unitId,
        String unitName,
        List<String> unitPath,
        Set<Role> roles) {

    public PersonProfile {
        unitPath = List.copyOf(unitPath);
        roles = Set.copyOf(roles);
    }
}
