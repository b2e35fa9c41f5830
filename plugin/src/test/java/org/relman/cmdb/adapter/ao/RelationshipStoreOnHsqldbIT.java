package org.relman.cmdb.adapter.ao;

import org.relman.testkit.db.OnHsqldb;

class RelationshipStoreOnHsqldbIT extends RelationshipStoreContract implements OnHsqldb {
}
