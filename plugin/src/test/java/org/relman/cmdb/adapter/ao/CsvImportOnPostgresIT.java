package org.relman.cmdb.adapter.ao;

import org.relman.testkit.db.OnPostgres;

class CsvImportOnPostgresIT extends CsvImportContract implements OnPostgres {
}
