package org.relman.cmdb.adapter.ao;

import org.relman.testkit.db.OnPostgres;

class RelationshipStoreOnPostgresIT extends RelationshipStoreContract implements OnPostgres {
}
