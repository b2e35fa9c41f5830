package org.relman.cmdb.app;

import java.util.List;
import java.util.Locale;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.cmdb.domain.CiType;
import org.relman.cmdb.domain.CmdbTypeRules;
import org.relman.cmdb.domain.RelationshipType;
import org.relman.platform.app.AccessGuard;
import org.relman.platform.domain.InvalidInputException;
import org.relman.platform.domain.NotFoundException;
import org.relman.platform.domain.RelmanRole;
import org.relman.platform.domain.TextRules;

/**
 * CI types and relationship types: anyone who reads the CMDB may list them (pickers need them); only the relman
 * administrator creates, renames, retires or reinstates them. Codes never change and types are never deleted, so
 * the items and relationships that use them keep their meaning.
 */
@Named
public class CmdbTypes {
    private final AccessGuard access;
    private final CmdbTypeStore store;

    @Inject
    public CmdbTypes(AccessGuard access, CmdbTypeStore store) {
        this.access = access;
        this.store = store;
    }

    public List<CiType> ciTypes() {
        access.requireRole(RelmanRole.CMDB_READER, "read the CMDB");
        return store.ciTypes();
    }

    public List<RelationshipType> relationshipTypes() {
        access.requireRole(RelmanRole.CMDB_READER, "read the CMDB");
        return store.relationshipTypes();
    }

    public CiType createCiType(String code, String name) {
        access.requireRole(RelmanRole.ADMINISTRATOR, "configure CMDB types");
        TextRules rules = new TextRules();
        String cleanCode = CmdbTypeRules.code(rules, code);
        String cleanName = CmdbTypeRules.name(rules, "name", name, true);
        rules.check();
        store.ciTypes(); // the defaults first, so a new type cannot take a default's code
        return store.createCiType(new CiType(cleanCode, cleanName, false));
    }

    /** Renames, retires ({@code retired = true}) or reinstates the type; {@code null} leaves that part as it is. */
    public CiType changeCiType(String code, String name, Boolean retired) {
        access.requireRole(RelmanRole.ADMINISTRATOR, "configure CMDB types");
        TextRules rules = new TextRules();
        String cleanName = CmdbTypeRules.name(rules, "name", name, false);
        requireSomething(rules, name, retired);
        rules.check();
        store.ciTypes();
        return store.changeCiType(normal(code), cleanName, retired)
                .orElseThrow(() -> new NotFoundException("No CI type has the code " + code + "."));
    }

    public RelationshipType createRelationshipType(String code, String name, String inverseName) {
        access.requireRole(RelmanRole.ADMINISTRATOR, "configure CMDB types");
        TextRules rules = new TextRules();
        String cleanCode = CmdbTypeRules.code(rules, code);
        String cleanName = CmdbTypeRules.name(rules, "name", name, true);
        String cleanInverse = CmdbTypeRules.name(rules, "inverseName", inverseName, true);
        rules.check();
        store.relationshipTypes();
        return store.createRelationshipType(new RelationshipType(cleanCode, cleanName, cleanInverse, false));
    }

    public RelationshipType changeRelationshipType(String code, String name, String inverseName, Boolean retired) {
        access.requireRole(RelmanRole.ADMINISTRATOR, "configure CMDB types");
        TextRules rules = new TextRules();
        String cleanName = CmdbTypeRules.name(rules, "name", name, false);
        String cleanInverse = CmdbTypeRules.name(rules, "inverseName", inverseName, false);
        requireSomething(rules, name == null ? inverseName : name, retired);
        rules.check();
        store.relationshipTypes();
        return store.changeRelationshipType(normal(code), cleanName, cleanInverse, retired)
                .orElseThrow(() -> new NotFoundException("No relationship type has the code " + code + "."));
    }

    private static void requireSomething(TextRules rules, String name, Boolean retired) {
        if ((name == null || name.isBlank()) && retired == null) {
            rules.reject("request", "Send a new name, or retired true or false.");
        }
    }

    private static String normal(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("code", "code is required.");
        }
        return code.strip().toLowerCase(Locale.ROOT);
    }
}
