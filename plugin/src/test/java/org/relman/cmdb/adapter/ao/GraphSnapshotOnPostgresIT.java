package org.relman.cmdb.adapter.ao;

import org.relman.testkit.db.OnPostgres;

class GraphSnapshotOnPostgresIT extends GraphSnapshotContract implements OnPostgres {
}
