package io.tandem.support.persistence;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantSqlTest {

    @Test
    void refusesAStatementThatDoesNotBindTheTenant() {
        assertThatThrownBy(() -> TenantSql.of("select * from assignment where id = ?"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(":tenant");
        assertThatThrownBy(() -> TenantSql.of("select x::tenant from t where a = ?"))
                .as("a cast to a type named tenant is not the tenant").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TenantSql.of("select :tenant_id from t")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void replacesEveryTenantMarkerAndCountsOnlyTheCallersValues() {
        TenantSql sql = TenantSql.of("select a.x::text from a join b on b.tenant_id = :tenant where a.id = ? and a.tenant_id = :tenant limit ?");
        assertThat(sql.jdbcSql()).isEqualTo("select a.x::text from a join b on b.tenant_id = ? where a.id = ? and a.tenant_id = ? limit ?");
        assertThat(sql.valueCount()).isEqualTo(2);
    }

    @Test
    void refusesToRunWithoutATenantOrWithTheWrongNumberOfValues() {
        TenantSql sql = TenantSql.of("select 1 from a where tenant_id = :tenant and id = ?");
        assertThatThrownBy(() -> sql.prepare(null, " ", 1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> sql.prepare(null, "acme")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 value(s)");
    }

    @Test
    void aCrossTenantStatementSaysWhyAndBindsNoTenant() {
        TenantSql all = TenantSql.acrossTenants("select 1 from a where type = ? limit ?", "the platform reads every tenant's feed");
        assertThat(all.valueCount()).isEqualTo(2);
        assertThatThrownBy(() -> TenantSql.acrossTenants("select 1 from a", " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TenantSql.acrossTenants("select 1 from a where tenant_id = :tenant", "why"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
