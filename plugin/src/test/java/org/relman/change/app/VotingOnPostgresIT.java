package org.relman.change.app;

import org.relman.testkit.db.OnPostgres;

class VotingOnPostgresIT extends VotingContract implements OnPostgres {
}
