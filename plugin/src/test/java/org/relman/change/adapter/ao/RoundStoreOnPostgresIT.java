package org.relman.change.adapter.ao;

import org.relman.testkit.db.OnPostgres;

class RoundStoreOnPostgresIT extends RoundStoreContract implements OnPostgres {
}
