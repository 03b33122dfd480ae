package org.healthequity.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule.Type;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(ExchangeApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    /**
     * A feature module says which of the other modules' interfaces it may use, so that a type outside a module's named
     * interfaces ("api", "reference") cannot be used from another module even though Java needs it public for the
     * module's own {@code ui} package.
     */
    @Test
    void everyFeatureModuleNamesTheInterfacesItMayUse() {
        List<String> open = new ArrayList<>();
        modules.stream().filter(module -> !module.getIdentifier().toString().equals("shared")).forEach(module -> {
            var declaration = module.getBasePackage().getAnnotation(org.springframework.modulith.ApplicationModule.class);
            if (declaration.isEmpty() || declaration.get().type() == Type.OPEN || List.of(declaration.get()
                    .allowedDependencies()).contains(org.springframework.modulith.ApplicationModule.OPEN_TOKEN)) {
                open.add(module.getIdentifier().toString());
            }
        });
        assertThat(open).as("modules without allowedDependencies").isEmpty();
    }

    /**
     * What a module exports is what another module uses: no type is declared part of a named interface that no other
     * module imports. (Spring Modulith adds the types those declare in their signatures, which need no declaration. A
     * type counts as used when one of its nested types is; a holder of constants is exempt, since javac copies its
     * values into the classes that use them and leaves no dependency to see.)
     */
    @Test
    void everyDeclaredInterfaceTypeIsUsedByAnotherModule() {
        List<String> unused = new ArrayList<>();
        modules.stream().forEach(module -> module.getNamedInterfaces().stream().filter(NamedInterface::isNamed)
                .flatMap(NamedInterface::asJavaClasses).distinct()
                .filter(type -> type.isAnnotatedWith(org.springframework.modulith.NamedInterface.class))
                .filter(type -> !constantsOnly(type))
                .filter(type -> !usedOutside(type, module))
                .forEach(type -> unused.add(type.getName())));
        assertThat(unused).as("declared interface types no other module uses").isEmpty();
    }

    private static boolean constantsOnly(JavaClass type) {
        return type.getMethods().isEmpty() && type.getFields().stream().allMatch(field -> field.getModifiers()
                .containsAll(Set.of(JavaModifier.STATIC, JavaModifier.FINAL)));
    }

    private boolean usedOutside(JavaClass type, ApplicationModule owner) {
        return Stream.concat(Stream.of(type), type.getPackage().getClasses().stream()
                        .filter(nested -> nested.getName().startsWith(type.getName() + "$")))
                .flatMap(self -> self.getDirectDependenciesToSelf().stream())
                .map(Dependency::getOriginClass)
                .map(origin -> modules.getModuleByType(origin))
                .flatMap(Optional::stream)
                .anyMatch(module -> !Objects.equals(module.getIdentifier(), owner.getIdentifier()));
    }

    @Test
    void foundationModulesExist() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("shared", "member", "notification");
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
