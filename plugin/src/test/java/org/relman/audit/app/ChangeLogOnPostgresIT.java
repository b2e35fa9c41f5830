package org.relman.audit.app;

import org.relman.testkit.db.OnPostgres;

class ChangeLogOnPostgresIT extends ChangeLogContract implements OnPostgres {
}
