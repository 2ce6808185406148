package io.tandem.testsupport;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Looks for a text in every column of every table of the service's schema, whatever the column's type. */
public final class DatabaseScan {

    private DatabaseScan() {
    }

    /** "table.column" for each column whose text form contains the needle. */
    public static List<String> columnsContaining(DataSource dataSource, String needle) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            List<String[]> columns = new ArrayList<>();
            try (Statement catalogue = connection.createStatement();
                 ResultSet row = catalogue.executeQuery("""
                         select c.table_name, c.column_name from information_schema.columns c
                         join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                         where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'""")) {
                while (row.next()) {
                    columns.add(new String[] {row.getString(1), row.getString(2)});
                }
            }
            for (String[] column : columns) {
                String sql = "select 1 from \"" + column[0] + "\" where strpos(\"" + column[1] + "\"::text, ?) > 0 limit 1";
                try (PreparedStatement probe = connection.prepareStatement(sql)) {
                    probe.setString(1, needle);
                    try (ResultSet hit = probe.executeQuery()) {
                        if (hit.next()) {
                            found.add(column[0] + "." + column[1]);
                        }
                    }
                }
            }
        }
        return found;
    }
}
