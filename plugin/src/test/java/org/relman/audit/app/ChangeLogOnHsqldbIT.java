package org.relman.audit.app;

import org.relman.testkit.db.OnHsqldb;

class ChangeLogOnHsqldbIT extends ChangeLogContract implements OnHsqldb {
}
