package org.relman.dsl.adapter.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.function.Supplier;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.dsl.app.DslTransactions;

/**
 * Transactions over Jira's Active Objects service. The CMDB's store uses the same service, so its writes
 * join a DSL transaction: placing a release package writes both or neither.
 */
@Named
class AoDslTransactions implements DslTransactions {
    private final ActiveObjects ao;

    @Inject
    AoDslTransactions(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return ao.executeInTransaction(work::get);
    }
}
