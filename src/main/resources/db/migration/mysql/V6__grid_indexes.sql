-- Sorting the imports grid by successes or failures on a million imports without a filesort.
CREATE INDEX ix_import_successes ON inventory_import (successes, id);
CREATE INDEX ix_import_failures ON inventory_import (failures, id);
