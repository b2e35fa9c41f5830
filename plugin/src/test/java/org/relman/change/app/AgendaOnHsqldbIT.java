package org.relman.change.app;

import org.relman.testkit.db.OnHsqldb;

class AgendaOnHsqldbIT extends AgendaContract implements OnHsqldb {
}
