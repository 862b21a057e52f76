package org.millwright.knowledge.bench;

import static org.millwright.knowledge.bench.Draw.capitalize;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.millwright.knowledge.bench.PlantVocabulary.Fault;
import org.millwright.knowledge.bench.PlantVocabulary.Measure;
import org.millwright.knowledge.bench.PlantVocabulary.Noun;

/** Sentence templates of {@link PlantCorpus}, per section topic and language. */
final class PlantSentences {

    private PlantSentences() {}

    /** A sentence template: fills its slots from the draw. */
    interface Line extends Function<Draw, String> {}

    /** The kinds of section a maintenance document has, with their headings. */
    enum Topic {
        OVERVIEW(
                List.of("Scope", "Description", "Equipment description", "General"),
                List.of("Alcance", "Descripción", "Descripción del equipo", "Generalidades")),
        SAFETY(
                List.of("Safety", "Safety precautions", "Before you start"),
                List.of("Seguridad", "Precauciones de seguridad", "Antes de comenzar")),
        INSPECTION(
                List.of("Routine inspection", "Inspection", "Condition monitoring", "Operator checks"),
                List.of("Inspección de rutina", "Inspección", "Monitoreo de condición", "Controles del operador")),
        LUBRICATION(
                List.of("Lubrication", "Lubrication plan", "Oil and grease"),
                List.of("Lubricación", "Plan de lubricación", "Aceite y grasa")),
        TROUBLESHOOTING(
                List.of("Troubleshooting", "Common faults", "Fault finding"),
                List.of("Diagnóstico de fallas", "Fallas frecuentes", "Solución de problemas")),
        REPLACEMENT(
                List.of("Replacement procedure", "Overhaul procedure", "Disassembly and assembly"),
                List.of("Procedimiento de cambio", "Procedimiento de reparación", "Desmontaje y montaje")),
        REFERENCE(
                List.of("Reference values", "Acceptance criteria", "Operating limits"),
                List.of("Valores de referencia", "Criterios de aceptación", "Límites de operación")),
        RECORDS(
                List.of("Records", "Documentation", "Work order close-out"),
                List.of("Registros", "Documentación", "Cierre de la orden de trabajo")),
        SPARES(List.of("Spare parts", "Critical spares"), List.of("Repuestos", "Repuestos críticos"));

        final List<String> en;
        final List<String> es;

        Topic(List<String> en, List<String> es) {
            this.en = en;
            this.es = es;
        }
    }

    static List<Line> lines(Topic topic, boolean es) {
        return switch (topic) {
            case OVERVIEW -> es ? OVERVIEW_ES : OVERVIEW_EN;
            case SAFETY -> es ? SAFETY_ES : SAFETY_EN;
            case INSPECTION -> es ? INSPECTION_ES : INSPECTION_EN;
            case LUBRICATION -> es ? LUBRICATION_ES : LUBRICATION_EN;
            case TROUBLESHOOTING -> es ? TROUBLESHOOTING_ES : TROUBLESHOOTING_EN;
            case REPLACEMENT -> es ? REPLACEMENT_ES : REPLACEMENT_EN;
            case REFERENCE -> es ? REFERENCE_ES : REFERENCE_EN;
            case RECORDS -> es ? RECORDS_ES : RECORDS_EN;
            case SPARES -> es ? SPARES_ES : SPARES_EN;
        };
    }

    // ---- overview

    private static final List<Line> OVERVIEW_EN = List.of(
            d -> "This procedure covers " + d.eq.name().the() + " " + d.tag + " installed in " + d.area() + ".",
            d -> "It applies to every " + d.eq.name().en() + " of the " + d.model
                    + " series and to units rebuilt to the same drawing.",
            d -> "The " + d.eq.name().en() + " runs "
                    + d.pick("continuously", "on two shifts", "in batches", "on demand")
                    + " and a failure stops "
                    + d.pick("the whole line", "the filling area", "the supply to the process", "the packaging hall")
                    + ", so it is ranked as critical in the maintenance plan.",
            d -> {
                Noun[] p = d.twoParts();
                return "The parts covered here are " + p[0].the() + ", " + p[1].the() + " and their fasteners.";
            },
            d -> "Only a trained " + d.role() + " may carry out the tasks in this document.",
            d -> "The tasks are grouped by interval: checks by the operator " + d.period()
                    + ", routine inspections every " + d.hours() + " operating hours and a full overhaul every "
                    + d.between(2, 6) + " years.",
            d -> {
                Measure m = d.pick(d.eq.readings());
                return "Rated data on the nameplate include the " + d.name(m) + " (" + d.value(m)
                        + ") and the motor power (" + d.number(1.5, 160, 1) + " kW).";
            },
            d -> "Where this document and the nameplate disagree, the nameplate and the approved drawing apply.",
            d -> "Condition-based tasks replace fixed intervals once " + d.pick("six", "twelve", "eighteen")
                    + " months of trend data are available for the unit.",
            d -> "The unit was last overhauled in " + d.between(2014, 2025) + " and has run about " + d.between(4, 60)
                    + " thousand hours since then.");

    private static final List<Line> OVERVIEW_ES = List.of(
            d -> "Este procedimiento cubre " + d.eq.name().el() + " " + d.tag + " "
                    + d.eq.name().o("instalad") + " en " + d.area() + ".",
            d -> "Se aplica a " + (d.eq.name().feminine() ? "todas " : "todos ")
                    + d.eq.name().los() + " de la serie " + d.model
                    + " y a las unidades reconstruidas según el mismo plano.",
            d -> capitalize(d.eq.name().el()) + " funciona "
                    + d.pick("en continuo", "a dos turnos", "por lotes", "a demanda")
                    + " y una falla detiene "
                    + d.pick("toda la línea", "la zona de llenado", "el suministro al proceso", "la nave de envasado")
                    + ", por lo que figura como " + d.eq.name().o("crític") + " en el plan de mantenimiento.",
            d -> {
                Noun[] p = d.twoParts();
                return "Las piezas tratadas aquí son " + p[0].el() + ", " + p[1].el() + " y su tornillería.";
            },
            d -> "Solo un " + d.role()
                    + " con la formación correspondiente puede realizar las tareas de este documento.",
            d -> "Las tareas se agrupan por intervalo: controles del operador " + d.period()
                    + ", inspecciones de rutina cada " + d.hours()
                    + " horas de funcionamiento y una revisión general cada "
                    + d.between(2, 6) + " años.",
            d -> {
                Measure m = d.pick(d.eq.readings());
                return "Entre los datos nominales de la placa figuran " + d.name(m) + " (" + d.value(m)
                        + ") y la potencia del motor (" + d.number(1.5, 160, 1) + " kW).";
            },
            d ->
                    "Si este documento y la placa de características no coinciden, prevalecen la placa y el plano aprobado.",
            d -> "Las tareas basadas en la condición sustituyen a los intervalos fijos cuando se dispone de "
                    + d.pick("seis", "doce", "dieciocho") + " meses de datos de tendencia del equipo.",
            d -> "La última revisión general se hizo en " + d.between(2014, 2025)
                    + " y desde entonces el equipo lleva unas " + d.between(4, 60) + " mil horas de servicio.");

    // ---- safety

    private static final List<Line> SAFETY_EN = List.of(
            d -> "Before any work, isolate " + d.eq.name().the()
                    + " at the local disconnect, lock it with your personal padlock and attach a tag with your name and the date.",
            d -> "Try to start the " + d.eq.name().en()
                    + " from the local control station to confirm that the isolation is effective.",
            d -> "Wear " + d.twoPpe() + " for this task.",
            d ->
                    "Release stored pressure through the vent valve before opening any connection; a gauge that reads zero may be faulty.",
            d -> "Surfaces near " + d.part().the() + " can exceed " + d.between(60, 130)
                    + " °C; let the unit cool for at least " + d.between(20, 90) + " minutes.",
            d -> "Keep hands away from moving parts and never remove a guard while the machine can start.",
            d -> "A work permit signed by the " + d.role() + " is required when the task involves "
                    + d.pick(
                            "hot work",
                            "work at height",
                            "entry into a confined space",
                            "breaking a line that carried chemicals")
                    + ".",
            d -> "Use a lifting device rated for at least " + d.between(100, 2000) + " kg when removing "
                    + d.part().the() + ".",
            d -> "Dispose of used oil, filters and rags in the marked containers; do not mix them with general waste.",
            d ->
                    "Check the absence of voltage at the motor terminals with an approved tester before touching any conductor.");

    private static final List<Line> SAFETY_ES = List.of(
            d -> "Antes de cualquier trabajo, aísle " + d.eq.name().el() + " en el seccionador local, "
                    + d.eq.name().o("bloquéel")
                    + " con su candado personal y coloque una tarjeta con su nombre y la fecha.",
            d -> "Intente arrancar " + d.eq.name().el()
                    + " desde la botonera local para confirmar que el aislamiento es efectivo.",
            d -> "Use " + d.twoPpe() + " en esta tarea.",
            d ->
                    "Libere la presión acumulada por la válvula de venteo antes de abrir cualquier conexión; un manómetro que marca cero puede estar averiado.",
            d -> "Las superficies cercanas " + d.part().al() + " pueden superar los " + d.between(60, 130)
                    + " °C; deje enfriar el equipo al menos " + d.between(20, 90) + " minutos.",
            d ->
                    "Mantenga las manos alejadas de las partes en movimiento y nunca retire una guarda mientras la máquina pueda arrancar.",
            d -> "Se requiere un permiso de trabajo firmado por el " + d.role() + " cuando la tarea implica "
                    + d.pick(
                            "trabajos en caliente",
                            "trabajo en altura",
                            "el ingreso a un espacio confinado",
                            "abrir una línea que contuvo productos químicos")
                    + ".",
            d -> "Use un equipo de izaje con capacidad para al menos " + d.between(100, 2000) + " kg al retirar "
                    + d.part().el() + ".",
            d ->
                    "Deseche el aceite usado, los filtros y los trapos en los contenedores señalizados; no los mezcle con los residuos generales.",
            d ->
                    "Verifique la ausencia de tensión en los bornes del motor con un detector aprobado antes de tocar cualquier conductor.");

    // ---- inspection

    private static final List<Line> INSPECTION_EN = List.of(
            d -> "Check " + d.part().the() + " of the " + d.eq.name().en() + " " + d.period()
                    + " and record the reading in the work order.",
            d -> "During the " + d.pick("daily", "weekly", "monthly") + " round, listen for unusual noise at "
                    + d.part().the() + " and compare it with the previous inspection.",
            d -> {
                Measure m = d.reading();
                return "Measure the " + d.name(m) + " at the marked point; a value above " + d.value(m)
                        + " calls for a follow-up within " + d.between(2, 14) + " days.";
            },
            d -> "Inspect " + d.part().the() + " for leaks, cracks and loose fasteners, and retighten bolts to "
                    + d.value(PlantVocabulary.TORQUE) + " where needed.",
            d -> "Take the readings at the same marked points each time so that the trend is comparable.",
            d -> "A rise of more than " + d.between(10, 35)
                    + " % against the baseline matters more than the absolute value.",
            d -> "Scan the electrical connections with a thermal imaging camera every " + d.hours()
                    + " hours; a hot spot more than " + d.between(10, 40)
                    + " K above the other phases must be corrected.",
            d -> "Look at " + d.part().the() + " for signs of "
                    + d.pick("corrosion", "discoloration", "fretting", "wear", "oil mist", "cracking")
                    + ", and photograph anything new for the record.",
            d -> {
                Measure m = d.reading();
                String[] l = d.limits(m);
                return "The operator checks the " + d.name(m)
                        + " at the start of each shift and reports readings above " + l[1] + " to the " + d.role()
                        + ".";
            },
            d -> !d.eq.rotating()
                    ? ""
                    : "Vibration is measured in three directions on each bearing; horizontal readings usually react first to unbalance.");

    private static final List<Line> INSPECTION_ES = List.of(
            d -> "Revise " + d.part().el() + " " + d.eq.name().del() + " " + d.period()
                    + " y anote la lectura en la orden de trabajo.",
            d -> "Durante la ronda " + d.pick("diaria", "semanal", "mensual")
                    + ", escuche si hay ruidos anormales en " + d.part().el()
                    + " y compárelos con la inspección anterior.",
            d -> {
                Measure m = d.reading();
                return "Lectura de " + d.name(m) + ": mida en el punto marcado; un valor superior a " + d.value(m)
                        + " requiere un seguimiento en un plazo de " + d.between(2, 14) + " días.";
            },
            d -> "Inspeccione " + d.part().el()
                    + " en busca de fugas, grietas y tornillería floja, y reapriete los pernos a "
                    + d.value(PlantVocabulary.TORQUE) + " si es necesario.",
            d -> "Tome las lecturas siempre en los mismos puntos marcados para que la tendencia sea comparable.",
            d -> "Un aumento de más del " + d.between(10, 35)
                    + " % respecto de la línea base importa más que el valor absoluto.",
            d -> "Revise las conexiones eléctricas con una cámara termográfica cada " + d.hours()
                    + " horas; un punto caliente más de " + d.between(10, 40)
                    + " K por encima de las otras fases debe corregirse.",
            d -> "Observe " + d.part().el() + " por si hay signos de "
                    + d.pick(
                            "corrosión",
                            "decoloración",
                            "desgaste por rozamiento",
                            "desgaste",
                            "niebla de aceite",
                            "fisuras")
                    + " y fotografíe cualquier novedad para el registro.",
            d -> {
                Measure m = d.reading();
                String[] l = d.limits(m);
                return "El operador controla " + d.name(m) + " al inicio de cada turno e informa al " + d.role()
                        + " de toda lectura superior a " + l[1] + ".";
            },
            d -> !d.eq.rotating()
                    ? ""
                    : "La vibración se mide en tres direcciones en cada rodamiento; las lecturas horizontales suelen reaccionar primero al desbalance.");

    // ---- lubrication

    private static final List<Line> LUBRICATION_EN = List.of(
            d -> "Grease the " + d.pick("drive-end bearing", "non-drive-end bearing", "bearings", "pillow blocks")
                    + " of the " + d.eq.name().en() + " every " + d.hours() + " operating hours with "
                    + d.between(5, 40)
                    + " g of " + d.lubeName() + ".",
            d -> "Change the oil of the " + d.eq.name().en() + " every " + d.hours()
                    + " hours or at least once a year, using " + d.lubeName() + ".",
            d ->
                    "Wipe the grease nipple clean before connecting the grease gun and pump slowly; one stroke of a standard gun delivers about "
                            + d.number(1, 2, 1) + " g.",
            d -> "Do not mix " + d.lubeName()
                    + " with other products; incompatible thickeners soften and leak out of the housing.",
            d -> "After greasing, run the " + d.eq.name().en() + " with the drain plug open for " + d.between(10, 30)
                    + " minutes so that the excess can escape.",
            d -> !d.eq.rotating()
                    ? ""
                    : "Halve the relubrication interval when the bearing runs above " + d.between(70, 85)
                            + " °C or in wet and dusty areas.",
            d -> "Take an oil sample from the " + d.pick("drain valve", "sampling port", "middle of the sump")
                    + " every " + d.hours() + " hours and send it for viscosity, water content and particle count.",
            d -> "Check the oil level through the sight glass with the "
                    + d.eq.name().en() + " stopped; the level must be between the two marks.",
            d -> "Each lubrication point carries a colour tag that names the lubricant; go by the tag, not by memory.",
            d -> !d.eq.rotating()
                    ? ""
                    : "Over-greasing is a common cause of hot bearings: follow the quantity in this plan, not the time it takes to see grease at the seal.");

    private static final List<Line> LUBRICATION_ES = List.of(
            d -> "Engrase "
                    + d.pick(
                            "el rodamiento del lado acople",
                            "el rodamiento del lado opuesto",
                            "los rodamientos",
                            "las chumaceras")
                    + " " + d.eq.name().del() + " cada " + d.hours() + " horas de funcionamiento con "
                    + d.between(5, 40) + " g de " + d.lubeName() + ".",
            d -> "Cambie el aceite " + d.eq.name().del() + " cada " + d.hours()
                    + " horas o al menos una vez al año, con " + d.lubeName() + ".",
            d ->
                    "Limpie el engrasador antes de conectar la pistola y bombee despacio; una embolada de una pistola estándar entrega unos "
                            + d.number(1, 2, 1) + " g.",
            d -> "No mezcle " + d.lubeName()
                    + " con otros productos; los espesantes incompatibles se ablandan y salen del alojamiento.",
            d -> "Después de engrasar, haga funcionar " + d.eq.name().el() + " con el tapón de purga abierto durante "
                    + d.between(10, 30) + " minutos para que salga el exceso.",
            d -> !d.eq.rotating()
                    ? ""
                    : "Reduzca a la mitad el intervalo de reengrase cuando el rodamiento trabaje por encima de "
                            + d.between(70, 85) + " °C o en zonas húmedas y polvorientas.",
            d -> "Tome una muestra de aceite "
                    + d.pick("en la válvula de vaciado", "en el punto de muestreo", "a media altura del cárter")
                    + " cada " + d.hours()
                    + " horas y envíela a analizar viscosidad, contenido de agua y conteo de partículas.",
            d -> "Controle el nivel de aceite por el visor con " + d.eq.name().el() + " "
                    + d.eq.name().o("detenid") + "; el nivel debe quedar entre las dos marcas.",
            d ->
                    "Cada punto de lubricación lleva una etiqueta de color que indica el lubricante; guíese por la etiqueta y no por la memoria.",
            d -> !d.eq.rotating()
                    ? ""
                    : "El exceso de grasa es una causa frecuente de rodamientos calientes: respete la cantidad de este plan y no el tiempo que tarda en aparecer grasa por el retén.");

    // ---- troubleshooting

    private static final List<Line> TROUBLESHOOTING_EN = List.of(
            d -> {
                Fault f = d.fault();
                return "Symptom: " + f.symptomEn() + ". Probable cause: " + f.causeEn() + ". Action: " + f.actionEn()
                        + ".";
            },
            d -> {
                Fault f = d.fault();
                return "When the work request says \"" + f.symptomEn() + "\", check first for " + f.causeEn()
                        + "; if that is confirmed, " + f.actionEn() + ".";
            },
            d -> {
                Fault f = d.fault();
                return "A frequent call-out on the " + d.eq.name().en() + " is \"" + f.symptomEn()
                        + "\". In most cases the cause is " + f.causeEn() + ", and the fix is to " + f.actionEn() + ".";
            },
            d -> {
                Fault f = d.fault();
                return "Do not replace parts at random for \"" + f.symptomEn() + "\": confirm " + f.causeEn() + " with "
                        + d.instrument().a() + " first, then " + f.actionEn() + ".";
            },
            d -> "If the fault comes back within " + d.between(2, 12)
                    + " weeks, treat it as a chronic failure and open a root cause analysis with the " + d.role()
                    + ".",
            d -> "Compare the present readings with the last " + d.between(3, 10)
                    + " records before deciding; a slow trend and a sudden jump point to different causes.");

    private static final List<Line> TROUBLESHOOTING_ES = List.of(
            d -> {
                Fault f = d.fault();
                return "Síntoma: " + f.symptomEs() + ". Causa probable: " + f.causeEs() + ". Acción: " + f.actionEs()
                        + ".";
            },
            d -> {
                Fault f = d.fault();
                return "Cuando la solicitud de trabajo indique \"" + f.symptomEs() + "\", compruebe primero si hay "
                        + f.causeEs() + "; si se confirma, " + f.actionEs() + ".";
            },
            d -> {
                Fault f = d.fault();
                return "Un aviso frecuente en " + d.eq.name().el() + " es \"" + f.symptomEs()
                        + "\". En la mayoría de los casos la causa es " + f.causeEs() + " y la solución es "
                        + f.actionEs() + ".";
            },
            d -> {
                Fault f = d.fault();
                return "No cambie piezas al azar ante \"" + f.symptomEs() + "\": confirme primero " + f.causeEs()
                        + " con " + d.instrument().un() + " y después proceda a " + f.actionEs() + ".";
            },
            d -> "Si la falla vuelve a aparecer antes de " + d.between(2, 12)
                    + " semanas, trátela como falla crónica y abra un análisis de causa raíz con el " + d.role() + ".",
            d -> "Compare las lecturas actuales con los últimos " + d.between(3, 10)
                    + " registros antes de decidir; una tendencia lenta y un salto brusco apuntan a causas distintas.");

    // ---- replacement (numbered steps; a document shows them as a list)

    static List<String> steps(Draw d, Noun part) {
        Noun tool = d.pick(PlantVocabulary.PULLERS);
        List<String> all = new ArrayList<>();
        if (d.es) {
            all.add("Aísle y bloquee " + d.eq.name().el() + " y confirme la ausencia de energía.");
            all.add("Marque la posición " + part.del()
                    + (d.eq.rotating() ? " y de las mitades del acoplamiento" : " y de sus conexiones")
                    + " antes de desmontar.");
            all.add("Retire la " + d.pick("guarda", "tapa", "puerta de inspección")
                    + " y la tornillería, y guárdela en una bandeja identificada.");
            all.add("Extraiga " + part.el() + " con " + tool.un() + "; nunca " + (part.feminine() ? "la" : "lo")
                    + " golpee con un martillo de acero.");
            all.add("Limpie el alojamiento y mídalo; rechácelo si el desgaste supera "
                    + d.value(PlantVocabulary.CLEARANCE) + ".");
            all.add("Monte " + part.el() + " nuev" + (part.feminine() ? "a" : "o") + " sin forzar"
                    + (part.feminine() ? "la" : "lo") + ", con las herramientas de montaje adecuadas.");
            all.add("Apriete los pernos en cruz a " + d.value(PlantVocabulary.TORQUE) + " en dos o tres pasadas.");
            if (d.eq.rotating())
                all.add("Compruebe la alineación: desplazamiento menor de " + d.number(0.03, 0.1, 2)
                        + " mm y angularidad menor de " + d.number(0.03, 0.08, 2) + " mm/100 mm.");
            all.add("Retire los bloqueos, haga funcionar el equipo " + d.between(15, 60)
                    + " minutos y controle ruido, temperatura y fugas.");
            all.add("Registre las piezas usadas y las mediciones en la orden de trabajo " + d.code("OT") + ".");
        } else {
            all.add("Isolate and lock out the " + d.eq.name().en() + " and confirm zero energy.");
            all.add("Mark the position of " + part.the()
                    + (d.eq.rotating() ? " and of the coupling halves" : " and of its connections")
                    + " before dismantling.");
            all.add("Remove the " + d.pick("guard", "cover", "inspection door")
                    + " and the fasteners, and keep them in a labelled tray.");
            all.add("Withdraw " + part.the() + " with " + tool.a() + "; never strike it with a steel hammer.");
            all.add("Clean the housing and measure it; reject it if the wear exceeds "
                    + d.value(PlantVocabulary.CLEARANCE) + ".");
            all.add("Fit the new " + part.en() + " without forcing it, using the correct mounting tools.");
            all.add("Tighten the bolts in a cross pattern to " + d.value(PlantVocabulary.TORQUE)
                    + " in two or three passes.");
            if (d.eq.rotating())
                all.add("Check the alignment: offset below " + d.number(0.03, 0.1, 2) + " mm and angularity below "
                        + d.number(0.03, 0.08, 2) + " mm/100 mm.");
            all.add("Remove the locks, run the unit for " + d.between(15, 60)
                    + " minutes and check noise, temperature and leaks.");
            all.add("Record the parts used and the measurements in work order " + d.code("WO") + ".");
        }
        // keep the first and last step, and an ordered subset of the others
        List<String> chosen = new ArrayList<>();
        chosen.add(all.getFirst());
        for (int i = 1; i < all.size() - 1; i++) {
            if (d.chance(70)) {
                chosen.add(all.get(i));
            }
        }
        chosen.add(all.getLast());
        return chosen;
    }

    private static final List<Line> REPLACEMENT_EN = List.of(
            d -> "Prepare the replacement parts and the tools before the planned stop, so that the "
                    + d.eq.name().en() + " is out of service for no more than " + d.between(2, 12) + " hours.",
            d -> !d.eq.rotating()
                    ? ""
                    : "Heat a new rolling bearing to about " + d.between(80, 110)
                            + " °C with an induction bearing heater and slide it onto the shaft; never heat it with a flame.",
            d -> "Replace " + d.part().the()
                    + " whenever it is removed, even if it looks good, because a used one rarely seals again.",
            d -> "Use new gaskets and O-rings, lightly coated with a compatible lubricant.",
            d -> "Tools for this job: " + d.tool().a() + ", " + d.tool().a() + " and the standard hand tools.");

    private static final List<Line> REPLACEMENT_ES = List.of(
            d -> "Prepare los repuestos y las herramientas antes de la parada programada, para que "
                    + d.eq.name().el() + " no quede fuera de servicio más de " + d.between(2, 12) + " horas.",
            d -> !d.eq.rotating()
                    ? ""
                    : "Caliente el rodamiento nuevo a unos " + d.between(80, 110)
                            + " °C con un calentador de inducción y móntelo en el eje; nunca lo caliente con llama.",
            d -> "Sustituya " + d.part().el()
                    + " cada vez que se desmonte, aunque parezca en buen estado, porque uno usado rara vez vuelve a sellar.",
            d -> "Use juntas y juntas tóricas nuevas, ligeramente lubricadas con un producto compatible.",
            d -> "Herramientas para este trabajo: " + d.tool().un() + ", "
                    + d.tool().un() + " y las herramientas de mano habituales.");

    // ---- reference values

    private static final List<Line> REFERENCE_EN = List.of(
            d -> {
                Measure m = d.reading();
                String[] l = d.limits(m);
                return "Normal " + d.name(m) + " is up to " + l[0] + "; the alarm is set at " + l[1]
                        + " and the trip at " + l[2] + ".";
            },
            d -> {
                Measure m = d.reading();
                return "The acceptance limit for the " + d.name(m) + " after an overhaul is " + d.value(m) + ".";
            },
            d -> !d.eq.rotating()
                    ? ""
                    : "On the bearing housings the plant uses " + d.number(2.3, 4.5, 1) + " mm/s RMS as alert and "
                            + d.number(4.6, 7.1, 1) + " mm/s RMS as danger.",
            d -> "Tighten the fasteners of " + d.part().the() + " to " + d.value(PlantVocabulary.TORQUE)
                    + " with lightly oiled threads.",
            d -> "The clearance of " + d.part().the() + " must be " + d.number(0.15, 0.35, 2) + " to "
                    + d.number(0.36, 0.55, 2) + " mm when new; replace the part at " + d.number(0.6, 0.9, 2) + " mm.",
            d -> !d.eq.rotating()
                    ? ""
                    : "Bearing temperature may reach " + d.between(75, 90)
                            + " °C in the first hours after relubrication and should settle below " + d.between(60, 74)
                            + " °C.");

    private static final List<Line> REFERENCE_ES = List.of(
            d -> {
                Measure m = d.reading();
                String[] l = d.limits(m);
                return "Valor normal de " + d.name(m) + ": hasta " + l[0] + "; la alarma está en " + l[1]
                        + " y el disparo en " + l[2] + ".";
            },
            d -> {
                Measure m = d.reading();
                return "El límite de aceptación de " + d.name(m) + " después de una revisión es " + d.value(m) + ".";
            },
            d -> !d.eq.rotating()
                    ? ""
                    : "En las cajas de rodamientos la planta usa " + d.number(2.3, 4.5, 1) + " mm/s RMS como alerta y "
                            + d.number(4.6, 7.1, 1) + " mm/s RMS como peligro.",
            d -> "Apriete la tornillería " + d.part().del() + " a " + d.value(PlantVocabulary.TORQUE)
                    + " con las roscas ligeramente aceitadas.",
            d -> "La holgura " + d.part().del() + " debe ser de " + d.number(0.15, 0.35, 2) + " a "
                    + d.number(0.36, 0.55, 2) + " mm en estado nuevo; cambie la pieza al llegar a "
                    + d.number(0.6, 0.9, 2) + " mm.",
            d -> !d.eq.rotating()
                    ? ""
                    : "La temperatura del rodamiento puede llegar a " + d.between(75, 90)
                            + " °C en las primeras horas después del reengrase y debe estabilizarse por debajo de "
                            + d.between(60, 74) + " °C.");

    // ---- records

    private static final List<Line> RECORDS_EN = List.of(
            d -> "Close the work order in the CMMS with the hours spent, the parts used and the readings taken.",
            d -> "Attach photos of " + d.part().the() + " before and after the job to work order " + d.code("WO") + ".",
            d -> "The " + d.role() + " reviews the trend charts " + d.period() + " and adjusts the intervals.",
            d ->
                    "Report any finding that needs a follow-up as a new notification, not as a comment in the closed order.",
            d -> "Keep the alignment and balancing reports for the life of the "
                    + d.eq.name().en() + " " + d.tag + ".",
            d -> "Record the as-found and as-left values; the difference shows whether the task added value.",
            d -> "In " + d.between(2019, 2025) + " the " + d.eq.name().en() + " " + d.tag + " logged "
                    + d.between(2, 14) + " corrective orders, " + d.between(1, 6) + " of them on "
                    + d.part().the() + ".",
            d -> "Planned hours for this task: " + d.number(0.5, 6, 1) + " h with " + d.between(2, 3)
                    + " technicians; the actual time goes in the work order.");

    private static final List<Line> RECORDS_ES = List.of(
            d ->
                    "Cierre la orden de trabajo en el GMAO con las horas empleadas, las piezas usadas y las lecturas tomadas.",
            d -> "Adjunte fotos " + d.part().del() + " antes y después del trabajo a la orden " + d.code("OT") + ".",
            d -> "El " + d.role() + " revisa los gráficos de tendencia " + d.period() + " y ajusta los intervalos.",
            d ->
                    "Informe todo hallazgo que requiera seguimiento como un aviso nuevo y no como comentario en la orden cerrada.",
            d -> "Conserve los informes de alineación y balanceo durante toda la vida "
                    + d.eq.name().del() + " " + d.tag + ".",
            d -> "Registre los valores encontrados y los dejados; la diferencia muestra si la tarea aportó valor.",
            d -> "En " + d.between(2019, 2025) + " " + d.eq.name().el() + " " + d.tag + " registró " + d.between(2, 14)
                    + " órdenes correctivas, " + d.between(1, 6) + " de ellas "
                    + d.part().enEl() + ".",
            d -> "Horas planificadas para esta tarea: " + d.number(0.5, 6, 1) + " h con " + d.between(2, 3)
                    + " técnicos; el tiempo real se anota en la orden de trabajo.");

    // ---- spares

    private static final List<Line> SPARES_EN = List.of(
            d -> "Keep at least one spare " + d.part().en() + " (stock code " + d.code("SP") + ") in the store.",
            d -> "The lead time for " + d.part().the() + " is about " + d.between(2, 16)
                    + " weeks, so reorder when the stock falls to " + d.between(1, 3) + ".",
            d -> "Store bearings flat in their original packaging in a dry room, and issue them first in, first out.",
            d -> "Elastomer parts such as O-rings and gaskets have a shelf life of about " + d.between(3, 7)
                    + " years; check the date before fitting them.",
            d -> "Use only parts listed in the bill of materials of the "
                    + d.eq.name().en() + " " + d.model + "; a substitute needs the approval of the " + d.role() + ".");

    private static final List<Line> SPARES_ES = List.of(
            d -> "Mantenga en el almacén al menos un repuesto de " + d.part().es() + " (código " + d.code("SP") + ").",
            d -> "El plazo de entrega " + d.part().del() + " es de unas " + d.between(2, 16)
                    + " semanas, así que pida reposición cuando el stock baje a " + d.between(1, 3) + ".",
            d ->
                    "Guarde los rodamientos en posición horizontal y en su embalaje original en un local seco, y despáchelos por orden de llegada.",
            d -> "Las piezas de elastómero como juntas tóricas y juntas tienen una vida de almacenamiento de unos "
                    + d.between(3, 7) + " años; compruebe la fecha antes de montarlas.",
            d -> "Use solo piezas de la lista de materiales " + d.eq.name().del() + " " + d.model
                    + "; un sustituto necesita la aprobación del " + d.role() + ".");
}
