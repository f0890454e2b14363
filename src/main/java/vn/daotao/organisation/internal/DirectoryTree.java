package vn.daotao.organisation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.naming.InvalidNameException;
import javax.naming.directory.SearchControls;
import javax.naming.ldap.LdapName;
import org.springframework.ldap.control.PagedResultsDirContextProcessor;
import org.springframework.ldap.core.ContextMapper;
import org.springframework.ldap.core.DirContextAdapter;
import org.springframework.ldap.core.support.SingleContextSource;
import vn.daotao.security.DirectoryProperties;

/**
 * The organisation's units and people as its directory lists them now ({@link DirectoryProperties.Sync}): read in
 * pages (Active Directory answers at most 1,000 entries to one plain search), with the read-only service account.
 * Each unit's parent and each person's unit is the nearest unit entry above it in the tree.
 */
public final class DirectoryTree {

    private static final int PAGE = 500;

    /** A unit entry: its DN, code, name and the code of the unit above it (null: the organisation's top unit). */
    public record UnitEntry(String dn, String code, String name, String parentCode) {}

    /** A person entry; {@code unitCode} null when no unit entry is above it. */
    public record PersonEntry(
            String dn, String employeeCode, String username, String fullName, String email, String unitCode) {}

    public record Snapshot(List<UnitEntry> units, List<PersonEntry> people) {}

    private DirectoryTree() {}

    /** Reads the tree; throws a runtime exception when the directory cannot be read (then nothing is changed). */
    public static Snapshot read(DirectoryProperties settings) {
        DirectoryProperties.Sync sync = settings.sync();
        var source = settings.contextSource();
        String unitBase = sync.unitSearchBase().isBlank() ? settings.userSearchBase() : sync.unitSearchBase();
        String code = settings.employeeCodeAttribute();
        // Active Directory answers a search from a domain's root with referrals to other partitions: ignored
        return SingleContextSource.doWithSingleContext(
                source,
                ldap -> {
                    List<Raw> unitEntries = search(
                            ldap,
                            unitBase,
                            sync.unitFilter(),
                            ctx -> new Raw(
                                    name(ctx.getNameInNamespace()),
                                    ctx.getStringAttribute(sync.unitCodeAttribute()),
                                    ctx.getStringAttribute(sync.unitNameAttribute()),
                                    null,
                                    null));
                    List<Raw> personEntries = search(
                            ldap,
                            settings.userSearchBase(),
                            "(&" + wrap(sync.personFilter()) + "(" + code + "=*))",
                            ctx -> new Raw(
                                    name(ctx.getNameInNamespace()),
                                    ctx.getStringAttribute(code),
                                    ctx.getStringAttribute(sync.fullNameAttribute()),
                                    ctx.getStringAttribute(sync.usernameAttribute()),
                                    ctx.getStringAttribute(sync.emailAttribute())));
                    LdapName searchBase = name(
                            unitBase.isBlank()
                                    ? settings.base()
                                    : unitBase + (settings.base().isBlank() ? "" : "," + settings.base()));
                    Map<LdapName, String> unitCodes = new HashMap<>();
                    for (Raw u : unitEntries) {
                        // the search base itself holds the units; it is not one of them
                        if (!u.dn().equals(searchBase) && u.code() != null) {
                            unitCodes.put(u.dn(), u.code().strip());
                        }
                    }
                    List<UnitEntry> units = new ArrayList<>();
                    for (Raw u : unitEntries) {
                        if (unitCodes.containsKey(u.dn())) {
                            units.add(new UnitEntry(
                                    u.dn().toString(),
                                    unitCodes.get(u.dn()),
                                    u.name() == null ? null : u.name().strip(),
                                    above(u.dn(), unitCodes)));
                        } else if (!u.dn().equals(searchBase)) {
                            // a unit entry without a code: listed, so the dry run shows it as a problem
                            units.add(new UnitEntry(u.dn().toString(), null, u.name(), above(u.dn(), unitCodes)));
                        }
                    }
                    List<PersonEntry> people = new ArrayList<>();
                    for (Raw p : personEntries) {
                        people.add(new PersonEntry(
                                p.dn().toString(),
                                p.code() == null ? null : p.code().strip(),
                                p.username(),
                                p.name(),
                                p.email(),
                                above(p.dn(), unitCodes)));
                    }
                    return new Snapshot(units, people);
                },
                false,
                true,
                false);
    }

    private record Raw(LdapName dn, String code, String name, String username, String email) {}

    private static List<Raw> search(
            org.springframework.ldap.core.LdapOperations ldap,
            String base,
            String filter,
            java.util.function.Function<DirContextAdapter, Raw> mapper) {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setReturningObjFlag(true);
        PagedResultsDirContextProcessor pages = new PagedResultsDirContextProcessor(PAGE);
        ContextMapper<Raw> map = ctx -> mapper.apply((DirContextAdapter) ctx);
        List<Raw> all = new ArrayList<>();
        do {
            all.addAll(ldap.search(base, filter, controls, map, pages));
        } while (pages.hasMore());
        return all;
    }

    /** The code of the nearest unit above {@code dn}, or null. */
    private static String above(LdapName dn, Map<LdapName, String> unitCodes) {
        for (int size = dn.size() - 1; size > 0; size--) {
            String code = unitCodes.get((LdapName) dn.getPrefix(size));
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    /**
     * A DN in one spelling, to compare two: attribute types and values lower-cased, values unescaped and escaped
     * again ({@code \2C} and {@code \,} alike), no spaces around separators. An unreadable DN is its own key.
     */
    public static String key(String dn) {
        if (dn == null) {
            return "";
        }
        try {
            StringBuilder key = new StringBuilder();
            for (javax.naming.ldap.Rdn rdn : new LdapName(dn).getRdns()) {
                key.insert(
                        0,
                        rdn.getType().toLowerCase(java.util.Locale.ROOT) + "="
                                + javax.naming.ldap.Rdn.escapeValue(rdn.getValue())
                                        .toLowerCase(java.util.Locale.ROOT)
                                + (key.isEmpty() ? "" : ","));
            }
            return key.toString();
        } catch (InvalidNameException e) {
            return dn.toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static String wrap(String filter) {
        String f = filter.strip();
        return f.startsWith("(") ? f : "(" + f + ")";
    }

    private static LdapName name(String dn) {
        try {
            return new LdapName(dn);
        } catch (InvalidNameException e) {
            throw new IllegalStateException("The directory answered an invalid name", e);
        }
    }
}
