package org.relman.change.app;

import org.relman.testkit.db.OnPostgres;

class RoundLifeOnPostgresIT extends RoundLifeContract implements OnPostgres {
}
