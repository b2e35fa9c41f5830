package org.relman.change.app;

import org.relman.testkit.db.OnHsqldb;

class VotingOnHsqldbIT extends VotingContract implements OnHsqldb {
}
