package org.relman.cmdb.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.cmdb.domain.Cause;
import org.relman.cmdb.domain.CiSummary;
import org.relman.cmdb.domain.CmdbTypeRules;
import org.relman.cmdb.domain.NewRelationship;
import org.relman.cmdb.domain.Relationship;
import org.relman.cmdb.domain.RelationshipOfCi;
import org.relman.platform.app.AccessGuard;
import org.relman.platform.domain.FieldError;
import org.relman.platform.domain.InvalidInputException;
import org.relman.platform.domain.NotFoundException;
import org.relman.platform.domain.RelmanRole;
import org.relman.platform.domain.TextRules;
import org.relman.platform.domain.UserRef;

/**
 * Relationships between CIs: typed and directed (the source relies on the target). Both ends must be CIs, the type
 * must exist (and, for a new relationship, not be retired), a CI cannot relate to itself and the same relationship
 * cannot be recorded twice. Cycles through other CIs are allowed: impact analysis is safe against them.
 */
@Named
public class Relationships {
    public static final int LIST_MAX = 2000;

    private final AccessGuard access;
    private final RelationshipStore store;
    private final ConfigurationItemStore items;
    private final CmdbTypeStore types;
    private final Causes causes;

    @Inject
    public Relationships(AccessGuard access, RelationshipStore store, ConfigurationItemStore items, CmdbTypeStore types,
                         Causes causes) {
        this.access = access;
        this.store = store;
        this.items = items;
        this.types = types;
        this.causes = causes;
    }

    public Relationship add(String source, String target, String type, String cause) {
        UserRef actor = access.requireRole(RelmanRole.CONFIGURATION_MANAGER, "change relationships between configuration items");
        Checked checked = check(source, target, type, cause, actor, true);
        return store.add(checked.relationship(), actor, checked.cause());
    }

    public void remove(String source, String target, String type, String cause) {
        UserRef actor = access.requireRole(RelmanRole.CONFIGURATION_MANAGER, "change relationships between configuration items");
        Checked checked = check(source, target, type, cause, actor, false);
        NewRelationship relationship = checked.relationship();
        if (!store.remove(relationship, actor, checked.cause())) {
            throw new NotFoundException("No relationship " + relationship.source() + " " + relationship.type() + " "
                    + relationship.target() + ".");
        }
    }

    public List<RelationshipOfCi> of(String key) {
        access.requireRole(RelmanRole.CMDB_READER, "read the CMDB");
        String itemKey = key.strip().toUpperCase(Locale.ROOT);
        if (items.summaries(List.of(itemKey)).isEmpty()) {
            throw new NotFoundException("No configuration item has the key " + key + ".");
        }
        return store.of(itemKey, LIST_MAX);
    }

    private record Checked(NewRelationship relationship, Cause cause) {
    }

    private Checked check(String source, String target, String type, String cause, UserRef actor, boolean forNew) {
        TextRules rules = new TextRules();
        NewRelationship relationship = NewRelationship.read(rules, source, target, type);
        CmdbTypeRules.requireUsableRelationshipType(rules, "type", relationship.type(), forNew, types.relationshipTypes());
        List<String> keys = new ArrayList<>();
        if (relationship.source() != null) {
            keys.add(relationship.source());
        }
        if (relationship.target() != null) {
            keys.add(relationship.target());
        }
        Map<String, CiSummary> found = items.summaries(keys);
        if (relationship.source() != null && !found.containsKey(relationship.source())) {
            rules.reject("source", "source " + relationship.source() + " is not a configuration item.");
        }
        if (relationship.target() != null && !found.containsKey(relationship.target())) {
            rules.reject("target", "target " + relationship.target() + " is not a configuration item.");
        }
        List<FieldError> errors = new ArrayList<>();
        Cause why = null;
        try {
            why = causes.cause(cause, actor);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        try {
            rules.check();
        } catch (InvalidInputException e) {
            errors.addAll(0, e.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Checked(relationship, why);
    }
}
