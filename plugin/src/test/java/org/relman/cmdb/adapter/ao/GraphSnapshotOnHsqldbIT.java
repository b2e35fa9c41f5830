package org.relman.cmdb.adapter.ao;

import org.relman.testkit.db.OnHsqldb;

class GraphSnapshotOnHsqldbIT extends GraphSnapshotContract implements OnHsqldb {
}
