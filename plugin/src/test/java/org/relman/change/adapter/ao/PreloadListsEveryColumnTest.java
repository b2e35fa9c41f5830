package org.relman.change.adapter.ao;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import net.java.ao.OneToMany;
import net.java.ao.Preload;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.Test;

/**
 * Entities whose @Preload names their columns must name all of them: a column left out is read later with
 * a query per row, which is what made the CAB panel's SQL grow with its votes.
 */
class PreloadListsEveryColumnTest {

    @Test
    void everyColumnOfAPreloadedEntityIsNamed() {
        for (Class<?> entity : List.of(CabRoundAO.class, CabVoteAO.class, CabMemberAO.class, CabGroupMinAO.class,
                CabAgendaAO.class, CabAgendaItemAO.class)) {
            Set<String> named = new TreeSet<>(List.of(entity.getAnnotation(Preload.class).value()));
            assertThat(named).as(entity.getSimpleName()).isEqualTo(columns(entity));
        }
    }

    private static Set<String> columns(Class<?> entity) {
        Set<String> columns = new TreeSet<>(Set.of("ID"));
        for (Method m : entity.getMethods()) {
            String name = m.getName();
            boolean getter = m.getParameterCount() == 0 && m.getDeclaringClass() != RawEntity.class
                    && !m.isAnnotationPresent(OneToMany.class) && (name.startsWith("get") || name.startsWith("is"));
            if (getter && !name.equals("getID") && !name.equals("getEntityManager") && !name.equals("getEntityType")) {
                String property = name.substring(name.startsWith("is") ? 2 : 3);
                String column = property.replaceAll("([a-z\\d])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
                columns.add(RawEntity.class.isAssignableFrom(m.getReturnType()) ? column + "_ID" : column);
            }
        }
        return columns;
    }
}
