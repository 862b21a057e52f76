package org.millwright.knowledge.bench;

import java.util.List;

/**
 * The word lists of {@link PlantCorpus}: kinds of plant equipment with their parts, failure modes,
 * readings and lubricants, plus tools, roles and protective equipment, each in English and Spanish.
 * Written for this project; the figures they are combined with are drawn at random.
 */
final class PlantVocabulary {

    private PlantVocabulary() {}

    /** A noun phrase in both languages; the Spanish gender gives its articles and contractions. */
    record Noun(String en, String es, boolean feminine, String enPlural, String esPlural) {

        String the() {
            return "the " + en;
        }

        String a() {
            return ("aeiou".indexOf(Character.toLowerCase(en.charAt(0))) >= 0 ? "an " : "a ") + en;
        }

        /** "la bomba", "el compresor". */
        String el() {
            return (feminine ? "la " : "el ") + es;
        }

        /** "de la bomba", "del compresor". */
        String del() {
            return (feminine ? "de la " : "del ") + es;
        }

        /** "a la bomba", "al compresor". */
        String al() {
            return (feminine ? "a la " : "al ") + es;
        }

        /** "en la bomba", "en el compresor". */
        String enEl() {
            return (feminine ? "en la " : "en el ") + es;
        }

        String un() {
            return (feminine ? "una " : "un ") + es;
        }

        /** "las bombas centrífugas", "los compresores de tornillo". */
        String los() {
            return (feminine ? "las " : "los ") + esPlural;
        }

        /** An adjective agreeing with the noun: {@code o("dañad")} is "dañada" or "dañado". */
        String o(String stem) {
            return stem + (feminine ? "a" : "o");
        }
    }

    static Noun m(String en, String es) {
        return new Noun(en, es, false, en + "s", es + "s");
    }

    static Noun f(String en, String es) {
        return new Noun(en, es, true, en + "s", es + "s");
    }

    /** A symptom with its probable cause and the corrective action. */
    record Fault(
            String symptomEn, String symptomEs, String causeEn, String causeEs, String actionEn, String actionEs) {}

    /** A reading taken on the equipment, with its usual range (the corpus draws inside it). */
    record Measure(String en, String es, String unit, double low, double high, int decimals) {}

    /** A lubricant, as a maintenance plan names it. */
    record Lube(String en, String es) {}

    /** A kind of equipment: its name, tag prefix, parts, failure modes, readings and lubricants. */
    record Equipment(
            String key,
            Noun name,
            String tag,
            boolean rotating,
            List<Noun> parts,
            List<Fault> faults,
            List<Measure> readings,
            List<Lube> lubes) {}

    static final Lube OIL_46 = new Lube("ISO VG 46 mineral oil", "aceite mineral ISO VG 46");
    static final Lube OIL_68 = new Lube("ISO VG 68 turbine oil", "aceite de turbina ISO VG 68");
    static final Lube GEAR_220 = new Lube("ISO VG 220 EP gear oil", "aceite de engranajes EP ISO VG 220");
    static final Lube GEAR_320 = new Lube("ISO VG 320 synthetic PAO gear oil", "aceite sintético PAO ISO VG 320");
    static final Lube LITHIUM = new Lube("NLGI 2 lithium complex grease", "grasa de complejo de litio NLGI 2");
    static final Lube POLYUREA = new Lube("NLGI 2 polyurea grease", "grasa de poliurea NLGI 2");
    static final Lube SULFONATE = new Lube("NLGI 1 calcium sulfonate grease", "grasa de sulfonato de calcio NLGI 1");
    static final Lube FOOD = new Lube("NSF H1 food-grade grease", "grasa de grado alimentario NSF H1");
    static final Lube FOOD_OIL =
            new Lube("NSF H1 food-grade oil ISO VG 68", "aceite de grado alimentario H1 ISO VG 68");
    static final Lube COMPRESSOR = new Lube("synthetic compressor fluid", "fluido sintético para compresores");
    static final Lube POE = new Lube("POE refrigeration oil", "aceite POE para refrigeración");
    static final Lube HYDRAULIC = new Lube("HLP 46 hydraulic oil", "aceite hidráulico HLP 46");
    static final Lube CHAIN = new Lube("penetrating chain lubricant", "lubricante penetrante para cadenas");

    static final Measure VIBRATION =
            new Measure("vibration velocity (RMS)", "velocidad de vibración (RMS)", "mm/s", 0.8, 7.1, 1);
    static final Measure BEARING_TEMP =
            new Measure("bearing temperature", "temperatura del rodamiento", "°C", 38, 88, 0);
    static final Measure CURRENT = new Measure("motor current", "corriente del motor", "A", 6, 180, 1);
    static final Measure TORQUE = new Measure("bolt torque", "par de apriete", "N·m", 25, 420, 0);
    static final Measure CLEARANCE = new Measure("clearance", "holgura", "mm", 0.15, 0.9, 2);

    /** Parts that every rotating machine has. */
    static final List<Noun> ROTATING_PARTS = List.of(
            m("rolling bearing", "rodamiento"),
            m("shaft coupling", "acoplamiento"),
            m("anchor bolt", "perno de anclaje"),
            m("lip seal", "retén"),
            m("drive motor", "motor de accionamiento"),
            f("coupling guard", "guarda del acoplamiento"),
            m("grease nipple", "engrasador"));

    /** Failure modes of every rotating machine. */
    static final List<Fault> ROTATING_FAULTS = List.of(
            new Fault(
                    "high bearing temperature",
                    "temperatura alta en el rodamiento",
                    "too much grease or the wrong grease",
                    "exceso de grasa o grasa inadecuada",
                    "purge the excess grease and check the relubrication quantity",
                    "purgar el exceso de grasa y revisar la cantidad de reengrase"),
            new Fault(
                    "vibration rising at running speed (1×)",
                    "vibración creciente a la velocidad de giro (1×)",
                    "unbalance from buildup or a lost balance weight",
                    "desbalance por acumulación de suciedad o pérdida de un contrapeso",
                    "clean the rotor and balance it in place",
                    "limpiar el rotor y balancearlo en sitio"),
            new Fault(
                    "high axial vibration at twice running speed (2×)",
                    "vibración axial alta a dos veces la velocidad de giro (2×)",
                    "misalignment at the coupling",
                    "desalineación en el acoplamiento",
                    "realign the shafts with a laser alignment tool",
                    "realinear los ejes con el alineador láser"),
            new Fault(
                    "high-pitched noise from a bearing",
                    "ruido agudo en un rodamiento",
                    "lack of lubricant or early bearing damage",
                    "falta de lubricante o daño incipiente del rodamiento",
                    "relubricate, trend the envelope signal and replace the bearing if it persists",
                    "reengrasar, seguir la tendencia de la envolvente y cambiar el rodamiento si persiste"),
            new Fault(
                    "loose anchor bolts",
                    "pernos de anclaje flojos",
                    "soft foot or cracked grout",
                    "pata coja o mortero de nivelación agrietado",
                    "correct the shims and retighten in a cross pattern",
                    "corregir los suplementos y reapretar en cruz"),
            new Fault(
                    "the motor trips on overload",
                    "el motor dispara por sobrecarga",
                    "mechanical binding or an overloaded process",
                    "agarrotamiento mecánico o sobrecarga del proceso",
                    "check free rotation by hand and the current in each phase",
                    "comprobar el giro libre a mano y la corriente en cada fase"));

    static final List<Equipment> EQUIPMENT = List.of(
            new Equipment(
                    "pump",
                    new Noun("centrifugal pump", "bomba centrífuga", true, "centrifugal pumps", "bombas centrífugas"),
                    "P",
                    true,
                    List.of(
                            m("impeller", "impulsor"),
                            m("mechanical seal", "sello mecánico"),
                            f("volute casing", "voluta"),
                            m("wear ring", "anillo de desgaste"),
                            f("shaft sleeve", "camisa del eje"),
                            f("gland packing", "empaquetadura"),
                            m("suction strainer", "filtro de succión"),
                            f("bearing housing", "caja de rodamientos")),
                    List.of(
                            new Fault(
                                    "low discharge pressure",
                                    "baja presión de descarga",
                                    "worn impeller or too much wear ring clearance",
                                    "impulsor desgastado o holgura excesiva en el anillo de desgaste",
                                    "measure the clearance and renew the wear ring",
                                    "medir la holgura y renovar el anillo de desgaste"),
                            new Fault(
                                    "cavitation noise, like gravel in the casing",
                                    "ruido de cavitación, como grava dentro de la carcasa",
                                    "not enough NPSH available or a clogged suction strainer",
                                    "NPSH disponible insuficiente o filtro de succión obstruido",
                                    "clean the strainer and check the suction tank level",
                                    "limpiar el filtro y comprobar el nivel del tanque de aspiración"),
                            new Fault(
                                    "leakage at the mechanical seal",
                                    "fuga por el sello mecánico",
                                    "worn seal faces or dry running",
                                    "caras del sello desgastadas o marcha en seco",
                                    "replace the seal and verify the flush line",
                                    "sustituir el sello y verificar la línea de lavado"),
                            new Fault(
                                    "the gland packing runs hot",
                                    "la empaquetadura se calienta",
                                    "gland nuts overtightened",
                                    "tuercas del prensaestopas demasiado apretadas",
                                    "loosen the nuts evenly and allow a controlled drip",
                                    "aflojar las tuercas por igual y dejar un goteo controlado")),
                    List.of(
                            new Measure("discharge pressure", "presión de descarga", "bar", 1.5, 12, 1),
                            new Measure("flow rate", "caudal", "m³/h", 8, 420, 0),
                            new Measure("suction pressure", "presión de aspiración", "bar", 0.2, 2.5, 2)),
                    List.of(LITHIUM, POLYUREA, OIL_46, OIL_68)),
            new Equipment(
                    "compressor",
                    new Noun(
                            "screw air compressor",
                            "compresor de tornillo",
                            false,
                            "screw air compressors",
                            "compresores de tornillo"),
                    "C",
                    true,
                    List.of(
                            m("air intake filter", "filtro de aspiración"),
                            m("oil separator element", "elemento separador de aceite"),
                            f("minimum pressure valve", "válvula de presión mínima"),
                            m("aftercooler", "postenfriador"),
                            m("condensate drain", "purgador de condensado"),
                            f("drive belt", "correa de transmisión"),
                            m("oil filter", "filtro de aceite"),
                            f("thermostatic valve", "válvula termostática")),
                    List.of(
                            new Fault(
                                    "high discharge temperature",
                                    "temperatura de descarga elevada",
                                    "a dirty oil cooler or a low oil level",
                                    "enfriador de aceite sucio o nivel de aceite bajo",
                                    "clean the cooler fins and top up the fluid",
                                    "limpiar las aletas del enfriador y completar el nivel de fluido"),
                            new Fault(
                                    "oil carry-over into the compressed air",
                                    "arrastre de aceite al aire comprimido",
                                    "a saturated separator element",
                                    "elemento separador saturado",
                                    "replace the separator element and check the scavenge line",
                                    "cambiar el elemento separador y revisar la línea de retorno"),
                            new Fault(
                                    "the compressor does not reach working pressure",
                                    "el compresor no alcanza la presión de trabajo",
                                    "a clogged intake filter or leaks in the network",
                                    "filtro de aspiración obstruido o fugas en la red",
                                    "replace the filter and run an ultrasonic leak survey",
                                    "cambiar el filtro y hacer un recorrido de fugas con ultrasonido"),
                            new Fault(
                                    "water in the air network",
                                    "agua en la red de aire",
                                    "a faulty condensate drain",
                                    "purgador de condensado averiado",
                                    "test the drain with its test button and clean its screen",
                                    "probar el purgador con su pulsador de prueba y limpiar su malla")),
                    List.of(
                            new Measure("working pressure", "presión de trabajo", "bar", 6.5, 10, 1),
                            new Measure("discharge temperature", "temperatura de descarga", "°C", 70, 102, 0),
                            new Measure("separator pressure drop", "pérdida de carga del separador", "bar", 0.1, 1, 2)),
                    List.of(COMPRESSOR, LITHIUM)),
            new Equipment(
                    "conveyor",
                    new Noun("belt conveyor", "cinta transportadora", true, "belt conveyors", "cintas transportadoras"),
                    "CV",
                    true,
                    List.of(
                            f("belt", "banda"),
                            m("head pulley", "tambor motriz"),
                            m("tail pulley", "tambor de cola"),
                            m("carrying idler", "rodillo de carga"),
                            m("belt scraper", "raspador"),
                            m("take-up unit", "tensor"),
                            m("belt splice", "empalme de la banda"),
                            f("drive chain", "cadena de transmisión")),
                    List.of(
                            new Fault(
                                    "the belt tracks off to one side",
                                    "la banda se desvía hacia un lado",
                                    "misaligned idlers or material stuck to the pulleys",
                                    "rodillos desalineados o material adherido a los tambores",
                                    "clean the pulleys and adjust the training idlers",
                                    "limpiar los tambores y ajustar los rodillos autocentrantes"),
                            new Fault(
                                    "the belt slips on the head pulley",
                                    "la banda patina en el tambor motriz",
                                    "low take-up tension or worn lagging",
                                    "tensión insuficiente o recubrimiento desgastado",
                                    "adjust the take-up and renew the lagging",
                                    "ajustar el tensor y renovar el recubrimiento"),
                            new Fault(
                                    "carryback on the return side",
                                    "material de retorno adherido a la banda",
                                    "a worn scraper blade",
                                    "hoja del raspador desgastada",
                                    "adjust the scraper pressure or replace the blade",
                                    "ajustar la presión del raspador o cambiar la hoja"),
                            new Fault(
                                    "a seized idler",
                                    "un rodillo bloqueado",
                                    "failed idler bearings",
                                    "rodamientos del rodillo dañados",
                                    "replace the idler before it cuts the belt",
                                    "cambiar el rodillo antes de que corte la banda")),
                    List.of(
                            new Measure("belt speed", "velocidad de la banda", "m/s", 0.6, 3.5, 2),
                            new Measure("take-up travel", "recorrido del tensor", "mm", 20, 350, 0),
                            new Measure("belt edge wear", "desgaste del borde de la banda", "mm", 0.5, 6, 1)),
                    List.of(LITHIUM, SULFONATE, CHAIN)),
            new Equipment(
                    "gearbox",
                    new Noun(
                            "gear reducer", "reductor de velocidad", false, "gear reducers", "reductores de velocidad"),
                    "GB",
                    true,
                    List.of(
                            m("gear set", "tren de engranajes"),
                            m("output shaft seal", "retén del eje de salida"),
                            m("breather", "respiradero"),
                            m("oil sight glass", "visor de nivel de aceite"),
                            m("input shaft", "eje de entrada"),
                            m("backstop", "antirretorno"),
                            m("magnetic drain plug", "tapón magnético de vaciado")),
                    List.of(
                            new Fault(
                                    "an oil leak at the output shaft",
                                    "una fuga de aceite en el eje de salida",
                                    "a worn lip seal or a clogged breather",
                                    "retén desgastado o respiradero obstruido",
                                    "replace the seal and clean or replace the breather",
                                    "cambiar el retén y limpiar o sustituir el respiradero"),
                            new Fault(
                                    "high oil temperature",
                                    "temperatura de aceite alta",
                                    "overfilling or the wrong viscosity grade",
                                    "nivel de aceite excesivo o viscosidad incorrecta",
                                    "correct the level to the mark and the oil grade to the plan",
                                    "corregir el nivel hasta la marca y el grado de aceite según el plan"),
                            new Fault(
                                    "a gear whine that changes with load",
                                    "un zumbido de engranajes que cambia con la carga",
                                    "tooth wear or pitting",
                                    "desgaste o picado de los dientes",
                                    "take an oil sample and inspect the teeth through the cover",
                                    "tomar una muestra de aceite e inspeccionar los dientes por la tapa"),
                            new Fault(
                                    "metal particles on the drain plug",
                                    "partículas metálicas en el tapón de vaciado",
                                    "bearing or gear wear in progress",
                                    "desgaste en curso de rodamientos o engranajes",
                                    "shorten the oil analysis interval and plan an opening",
                                    "acortar el intervalo de análisis de aceite y programar una apertura")),
                    List.of(
                            new Measure("oil temperature", "temperatura del aceite", "°C", 45, 90, 0),
                            new Measure("oil water content", "contenido de agua del aceite", "ppm", 100, 900, 0),
                            new Measure("backlash", "juego entre dientes", "mm", 0.1, 0.6, 2)),
                    List.of(GEAR_220, GEAR_320, FOOD_OIL)),
            new Equipment(
                    "fan",
                    new Noun(
                            "centrifugal fan",
                            "ventilador centrífugo",
                            false,
                            "centrifugal fans",
                            "ventiladores centrífugos"),
                    "F",
                    true,
                    List.of(
                            m("fan wheel", "rodete"),
                            f("V-belt drive", "transmisión por correas en V"),
                            f("inlet damper", "compuerta de entrada"),
                            f("fan housing", "carcasa del ventilador"),
                            m("vibration isolator", "amortiguador de vibración"),
                            f("pillow block", "chumacera")),
                    List.of(
                            new Fault(
                                    "vibration after a cleaning",
                                    "vibración después de una limpieza",
                                    "buildup removed unevenly from the blades",
                                    "suciedad retirada de forma desigual de los álabes",
                                    "finish the cleaning and check the balance",
                                    "terminar la limpieza y comprobar el balanceo"),
                            new Fault(
                                    "belt squeal at start-up",
                                    "chirrido de correas al arrancar",
                                    "low belt tension or glazed belts",
                                    "tensión baja o correas cristalizadas",
                                    "retension the belts or replace them as a matched set",
                                    "retensar las correas o cambiarlas como juego completo"),
                            new Fault(
                                    "low air flow",
                                    "caudal de aire bajo",
                                    "a closed damper or clogged filters upstream",
                                    "compuerta cerrada o filtros obstruidos aguas arriba",
                                    "check the damper linkage and the filter pressure drop",
                                    "revisar el varillaje de la compuerta y la pérdida de carga de los filtros")),
                    List.of(
                            new Measure("fan speed", "velocidad del ventilador", "rpm", 700, 1800, 0),
                            new Measure("belt deflection", "flecha de la correa", "mm", 6, 18, 0),
                            new Measure("static pressure", "presión estática", "Pa", 250, 2500, 0)),
                    List.of(LITHIUM, POLYUREA)),
            new Equipment(
                    "boiler",
                    new Noun("steam boiler", "caldera de vapor", true, "steam boilers", "calderas de vapor"),
                    "B",
                    false,
                    List.of(
                            m("burner", "quemador"),
                            f("feedwater pump", "bomba de alimentación"),
                            f("safety valve", "válvula de seguridad"),
                            m("water level gauge", "indicador de nivel"),
                            f("blowdown valve", "válvula de purga"),
                            m("tube bundle", "haz tubular"),
                            m("flame detector", "detector de llama"),
                            m("refractory lining", "revestimiento refractario")),
                    List.of(
                            new Fault(
                                    "a flame failure lockout",
                                    "un bloqueo por fallo de llama",
                                    "a dirty flame detector or a wrong air-to-fuel ratio",
                                    "detector de llama sucio o relación aire-combustible incorrecta",
                                    "clean the detector lens and run a combustion analysis",
                                    "limpiar la lente del detector y hacer un análisis de combustión"),
                            new Fault(
                                    "high flue gas temperature",
                                    "temperatura de humos alta",
                                    "soot or scale on the heat transfer surfaces",
                                    "hollín o incrustaciones en las superficies de intercambio",
                                    "brush the tubes and review the water treatment",
                                    "cepillar los tubos y revisar el tratamiento de agua"),
                            new Fault(
                                    "a low water level alarm",
                                    "una alarma de nivel bajo de agua",
                                    "a feedwater pump fault or a stuck level control",
                                    "falla de la bomba de alimentación o control de nivel trabado",
                                    "check the pump and blow down the level column",
                                    "revisar la bomba y purgar la columna de nivel"),
                            new Fault(
                                    "the safety valve simmers below its set pressure",
                                    "la válvula de seguridad pierde vapor por debajo de su presión de tarado",
                                    "a damaged seat",
                                    "asiento dañado",
                                    "send the valve to a certified shop for overhaul",
                                    "enviar la válvula a un taller certificado para su reparación")),
                    List.of(
                            new Measure("steam pressure", "presión de vapor", "bar", 4, 16, 1),
                            new Measure("flue gas temperature", "temperatura de humos", "°C", 150, 260, 0),
                            new Measure("oxygen in flue gas", "oxígeno en humos", "%", 2, 6, 1)),
                    List.of(LITHIUM)),
            new Equipment(
                    "chiller",
                    new Noun("water chiller", "enfriador de agua", false, "water chillers", "enfriadores de agua"),
                    "CH",
                    true,
                    List.of(
                            m("condenser", "condensador"),
                            m("evaporator", "evaporador"),
                            f("expansion valve", "válvula de expansión"),
                            m("refrigerant circuit", "circuito de refrigerante"),
                            m("crankcase heater", "calefactor del cárter"),
                            m("flow switch", "interruptor de flujo"),
                            m("condenser fan", "ventilador del condensador")),
                    List.of(
                            new Fault(
                                    "high condensing pressure",
                                    "presión de condensación alta",
                                    "a fouled condenser",
                                    "condensador sucio",
                                    "clean the coil or the tubes and check the fans",
                                    "limpiar la batería o los tubos y revisar los ventiladores"),
                            new Fault(
                                    "low suction pressure",
                                    "presión de aspiración baja",
                                    "a low refrigerant charge from a leak",
                                    "carga de refrigerante baja por una fuga",
                                    "find the leak and have a certified technician recharge the circuit",
                                    "localizar la fuga y hacer recargar el circuito por un técnico certificado"),
                            new Fault(
                                    "compressor short cycling",
                                    "ciclos cortos del compresor",
                                    "a set point band that is too narrow or low water volume",
                                    "banda de consigna demasiado estrecha o poco volumen de agua",
                                    "widen the control band and check the buffer tank",
                                    "ampliar la banda de control y revisar el tanque de inercia"),
                            new Fault(
                                    "a low chilled water flow trip",
                                    "un disparo por bajo caudal de agua fría",
                                    "a clogged strainer",
                                    "filtro de agua obstruido",
                                    "clean the strainer and vent the air from the circuit",
                                    "limpiar el filtro y purgar el aire del circuito")),
                    List.of(
                            new Measure(
                                    "leaving chilled water temperature",
                                    "temperatura de salida del agua fría",
                                    "°C",
                                    4,
                                    10,
                                    1),
                            new Measure("suction superheat", "recalentamiento en aspiración", "K", 3, 9, 1),
                            new Measure("condensing pressure", "presión de condensación", "bar", 9, 18, 1)),
                    List.of(POE)),
            new Equipment(
                    "filler",
                    new Noun(
                            "bottle filler", "llenadora de botellas", true, "bottle fillers", "llenadoras de botellas"),
                    "FL",
                    true,
                    List.of(
                            f("filling valve", "válvula de llenado"),
                            f("filling nozzle", "boquilla de llenado"),
                            f("star wheel", "estrella de transferencia"),
                            m("capping head", "cabezal taponador"),
                            f("level probe", "sonda de nivel"),
                            m("CIP circuit", "circuito CIP"),
                            m("product bowl", "tanque de producto"),
                            m("lift cylinder", "cilindro de elevación")),
                    List.of(
                            new Fault(
                                    "fill level out of tolerance",
                                    "nivel de llenado fuera de tolerancia",
                                    "a worn valve seal or a misplaced level probe",
                                    "junta de la válvula desgastada o sonda de nivel mal posicionada",
                                    "replace the seal kit and reset the probe height",
                                    "cambiar el kit de juntas y reajustar la altura de la sonda"),
                            new Fault(
                                    "bottles falling at the star wheel",
                                    "botellas que caen en la estrella",
                                    "worn pockets or a timing offset",
                                    "alvéolos desgastados o desfase en la sincronización",
                                    "check the timing marks and replace the worn change parts",
                                    "verificar las marcas de sincronización y cambiar las piezas de formato gastadas"),
                            new Fault(
                                    "product dripping from a nozzle",
                                    "goteo de producto en una boquilla",
                                    "a damaged nozzle O-ring",
                                    "junta tórica de la boquilla dañada",
                                    "replace the O-ring with one of the approved elastomer",
                                    "cambiar la junta tórica por una del elastómero aprobado"),
                            new Fault(
                                    "low detergent conductivity during CIP",
                                    "conductividad baja del detergente durante el CIP",
                                    "a dosing pump fault or an empty chemical drum",
                                    "falla de la bomba dosificadora o bidón de químico vacío",
                                    "check the dosing pump and the drum level before repeating the cycle",
                                    "revisar la bomba dosificadora y el nivel del bidón antes de repetir el ciclo")),
                    List.of(
                            new Measure("fill volume deviation", "desviación del volumen de llenado", "mL", 0.5, 6, 1),
                            new Measure("capping torque", "par de taponado", "N·m", 1.2, 3.5, 1),
                            new Measure("CIP return temperature", "temperatura de retorno del CIP", "°C", 65, 85, 0)),
                    List.of(FOOD, FOOD_OIL)),
            new Equipment(
                    "palletizer",
                    new Noun("palletizer", "paletizadora", true, "palletizers", "paletizadoras"),
                    "PL",
                    true,
                    List.of(
                            m("gripper head", "cabezal de agarre"),
                            f("vacuum cup", "ventosa"),
                            f("layer forming table", "mesa de formación de capas"),
                            f("hoist chain", "cadena de elevación"),
                            f("light curtain", "cortina de luz"),
                            m("slip sheet dispenser", "dispensador de separadores"),
                            m("servo drive", "servoaccionamiento")),
                    List.of(
                            new Fault(
                                    "layers shifting during transfer",
                                    "capas que se desplazan durante la transferencia",
                                    "low vacuum at the cups",
                                    "vacío insuficiente en las ventosas",
                                    "replace worn cups and check the vacuum generator",
                                    "cambiar las ventosas gastadas y revisar el generador de vacío"),
                            new Fault(
                                    "nuisance trips of the light curtain",
                                    "disparos intempestivos de la cortina de luz",
                                    "dirty or misaligned emitter and receiver",
                                    "emisor y receptor sucios o desalineados",
                                    "clean the lenses and realign the curtain",
                                    "limpiar las lentes y realinear la cortina"),
                            new Fault(
                                    "hoist chain elongation",
                                    "elongación de la cadena de elevación",
                                    "wear of pins and bushings",
                                    "desgaste de pasadores y casquillos",
                                    "measure the elongation over ten pitches and replace the chain at the limit",
                                    "medir la elongación sobre diez pasos y cambiar la cadena al llegar al límite")),
                    List.of(
                            new Measure("vacuum level", "nivel de vacío", "kPa", 45, 80, 0),
                            new Measure("chain elongation", "elongación de la cadena", "%", 0.3, 3, 1),
                            new Measure("cycle time", "tiempo de ciclo", "s", 6, 18, 1)),
                    List.of(CHAIN, LITHIUM, FOOD)),
            new Equipment(
                    "forklift",
                    new Noun(
                            "electric forklift",
                            "carretilla elevadora eléctrica",
                            true,
                            "electric forklifts",
                            "carretillas elevadoras eléctricas"),
                    "FK",
                    false,
                    List.of(
                            f("mast chain", "cadena del mástil"),
                            m("lift cylinder", "cilindro de elevación"),
                            f("hydraulic hose", "manguera hidráulica"),
                            f("traction battery", "batería de tracción"),
                            m("service brake", "freno de servicio"),
                            f("fork", "horquilla"),
                            m("steering axle", "eje de dirección")),
                    List.of(
                            new Fault(
                                    "the mast lowers slowly under load",
                                    "el mástil desciende solo con carga",
                                    "an internal leak in the lift cylinder",
                                    "fuga interna en el cilindro de elevación",
                                    "reseal the cylinder and test the drift again",
                                    "cambiar las juntas del cilindro y repetir la prueba de descenso"),
                            new Fault(
                                    "short battery run time",
                                    "autonomía de batería reducida",
                                    "low electrolyte or sulphated cells",
                                    "nivel de electrolito bajo o celdas sulfatadas",
                                    "top up with demineralised water after charging and test each cell",
                                    "completar con agua desmineralizada después de la carga y medir cada celda"),
                            new Fault(
                                    "a spongy brake pedal",
                                    "un pedal de freno esponjoso",
                                    "air in the brake circuit",
                                    "aire en el circuito de freno",
                                    "bleed the circuit and check the fluid level",
                                    "purgar el circuito y revisar el nivel de líquido"),
                            new Fault(
                                    "noisy mast chains",
                                    "ruido en las cadenas del mástil",
                                    "dry or unevenly tensioned chains",
                                    "cadenas secas o con tensión desigual",
                                    "lubricate the chains and equalise their tension",
                                    "lubricar las cadenas e igualar su tensión")),
                    List.of(
                            new Measure(
                                    "electrolyte specific gravity", "densidad del electrolito", "kg/L", 1.22, 1.29, 3),
                            new Measure("hydraulic pressure", "presión hidráulica", "bar", 140, 230, 0),
                            new Measure("fork heel thickness", "espesor del talón de la horquilla", "mm", 30, 60, 0)),
                    List.of(HYDRAULIC, CHAIN, LITHIUM)),
            new Equipment(
                    "motor",
                    new Noun(
                            "induction motor", "motor de inducción", false, "induction motors", "motores de inducción"),
                    "M",
                    true,
                    List.of(
                            m("stator winding", "devanado del estator"),
                            m("drive-end bearing", "rodamiento del lado acople"),
                            m("cooling fan", "ventilador de refrigeración"),
                            f("terminal box", "caja de bornes"),
                            m("rotor", "rotor"),
                            f("motor frame", "carcasa del motor")),
                    List.of(
                            new Fault(
                                    "winding over-temperature",
                                    "sobretemperatura del devanado",
                                    "blocked cooling fins or a broken fan",
                                    "aletas de refrigeración obstruidas o ventilador roto",
                                    "clean the fins and replace the fan cover if damaged",
                                    "limpiar las aletas y cambiar la tapa del ventilador si está dañada"),
                            new Fault(
                                    "low insulation resistance",
                                    "baja resistencia de aislamiento",
                                    "moisture in the winding",
                                    "humedad en el devanado",
                                    "dry the winding with the space heater and test again",
                                    "secar el devanado con la resistencia de caldeo y volver a medir"),
                            new Fault(
                                    "current imbalance between phases",
                                    "desequilibrio de corriente entre fases",
                                    "a loose terminal or a supply voltage imbalance",
                                    "un borne flojo o desequilibrio de tensión de alimentación",
                                    "retighten the terminals and measure the voltages",
                                    "reapretar los bornes y medir las tensiones"),
                            new Fault(
                                    "fluting marks on the bearing races",
                                    "estrías en las pistas del rodamiento",
                                    "shaft currents from the variable speed drive",
                                    "corrientes de eje causadas por el variador de frecuencia",
                                    "fit an insulated bearing or a shaft grounding ring",
                                    "instalar un rodamiento aislado o un anillo de puesta a tierra del eje")),
                    List.of(
                            new Measure("insulation resistance", "resistencia de aislamiento", "megohms", 50, 2000, 0),
                            new Measure("winding temperature", "temperatura del devanado", "°C", 60, 130, 0),
                            new Measure("voltage imbalance", "desequilibrio de tensión", "%", 0.2, 3, 1)),
                    List.of(POLYUREA, LITHIUM)),
            new Equipment(
                    "valve",
                    new Noun("control valve", "válvula de control", true, "control valves", "válvulas de control"),
                    "V",
                    false,
                    List.of(
                            m("actuator", "actuador"),
                            f("stem packing", "empaquetadura del vástago"),
                            m("valve seat", "asiento de la válvula"),
                            m("positioner", "posicionador"),
                            m("actuator diaphragm", "diafragma del actuador"),
                            f("bonnet gasket", "junta del bonete")),
                    List.of(
                            new Fault(
                                    "the valve hunts around the set point",
                                    "la válvula oscila alrededor de la consigna",
                                    "positioner tuning or stem friction",
                                    "ajuste del posicionador o fricción en el vástago",
                                    "run the positioner auto-calibration and check the packing friction",
                                    "ejecutar la autocalibración del posicionador y revisar la fricción de la empaquetadura"),
                            new Fault(
                                    "leakage along the stem",
                                    "fuga a lo largo del vástago",
                                    "worn stem packing",
                                    "empaquetadura del vástago desgastada",
                                    "adjust the packing follower or repack the valve",
                                    "ajustar el prensaestopas o reempaquetar la válvula"),
                            new Fault(
                                    "the valve does not close fully",
                                    "la válvula no cierra por completo",
                                    "seat erosion or debris on the seat",
                                    "erosión del asiento o suciedad sobre el asiento",
                                    "lap the seat or replace the trim",
                                    "lapear el asiento o cambiar el trim"),
                            new Fault(
                                    "slow stroke",
                                    "carrera lenta",
                                    "low supply air pressure",
                                    "presión de aire de alimentación baja",
                                    "check the air regulator and the filter on the supply",
                                    "revisar el regulador y el filtro del aire de alimentación")),
                    List.of(
                            new Measure("stroke time", "tiempo de carrera", "s", 2, 15, 1),
                            new Measure("supply air pressure", "presión de aire de alimentación", "bar", 3.5, 6.5, 1),
                            new Measure("seat leakage", "fuga por el asiento", "mL/min", 0.5, 12, 1)),
                    List.of(LITHIUM)),
            new Equipment(
                    "exchanger",
                    new Noun(
                            "plate heat exchanger",
                            "intercambiador de placas",
                            false,
                            "plate heat exchangers",
                            "intercambiadores de placas"),
                    "HX",
                    false,
                    List.of(
                            m("plate pack", "paquete de placas"),
                            f("plate gasket", "junta de placa"),
                            m("tightening bolt", "espárrago de apriete"),
                            m("inlet strainer", "filtro de entrada"),
                            m("frame plate", "bastidor")),
                    List.of(
                            new Fault(
                                    "a rising pressure drop",
                                    "una pérdida de carga creciente",
                                    "fouling between the plates",
                                    "ensuciamiento entre las placas",
                                    "run a cleaning in place or open the pack and clean by hand",
                                    "hacer una limpieza en sitio o abrir el paquete y limpiar a mano"),
                            new Fault(
                                    "an external leak between plates",
                                    "una fuga externa entre placas",
                                    "aged or displaced gaskets",
                                    "juntas envejecidas o desplazadas",
                                    "replace the gaskets and tighten the pack to the plate dimension",
                                    "cambiar las juntas y apretar el paquete hasta la cota indicada"),
                            new Fault(
                                    "the two fluids mix",
                                    "mezcla de los dos fluidos",
                                    "a perforated plate",
                                    "una placa perforada",
                                    "find the plate with a dye penetrant test and replace it",
                                    "localizar la placa con líquidos penetrantes y sustituirla")),
                    List.of(
                            new Measure("pressure drop", "pérdida de carga", "bar", 0.2, 1.4, 2),
                            new Measure(
                                    "approach temperature",
                                    "diferencia de temperatura de aproximación",
                                    "K",
                                    1.5,
                                    6,
                                    1),
                            new Measure("pack dimension", "cota del paquete", "mm", 180, 900, 0)),
                    List.of(LITHIUM)),
            new Equipment(
                    "diaphragm-pump",
                    new Noun(
                            "air-operated diaphragm pump",
                            "bomba neumática de membrana",
                            true,
                            "air-operated diaphragm pumps",
                            "bombas neumáticas de membrana"),
                    "P",
                    false,
                    List.of(
                            f("diaphragm", "membrana"),
                            f("check ball", "bola de retención"),
                            f("air valve", "válvula de aire"),
                            m("ball seat", "asiento de bola"),
                            m("outlet manifold", "colector de salida")),
                    List.of(
                            new Fault(
                                    "the pump stalls",
                                    "la bomba se detiene",
                                    "ice in the air valve from wet supply air",
                                    "hielo en la válvula de aire por aire húmedo",
                                    "fit a dryer on the supply and clean the air valve",
                                    "instalar un secador en la alimentación y limpiar la válvula de aire"),
                            new Fault(
                                    "product in the air exhaust",
                                    "producto en el escape de aire",
                                    "a ruptured diaphragm",
                                    "una membrana rota",
                                    "replace both diaphragms and check the compatibility of the material",
                                    "cambiar las dos membranas y verificar la compatibilidad del material"),
                            new Fault(
                                    "low flow at normal air pressure",
                                    "caudal bajo con presión de aire normal",
                                    "worn check balls or seats",
                                    "bolas o asientos de retención desgastados",
                                    "replace the balls and the seats as a set",
                                    "cambiar bolas y asientos como conjunto")),
                    List.of(
                            new Measure("air supply pressure", "presión del aire de alimentación", "bar", 3, 7, 1),
                            new Measure("stroke rate", "frecuencia de carreras", "strokes/min", 20, 150, 0)),
                    List.of(FOOD)),
            new Equipment(
                    "cooling-tower",
                    new Noun(
                            "cooling tower", "torre de enfriamiento", true, "cooling towers", "torres de enfriamiento"),
                    "CT",
                    true,
                    List.of(
                            m("fill pack", "relleno"),
                            m("drift eliminator", "separador de gotas"),
                            m("fan gearbox", "reductor del ventilador"),
                            f("spray nozzle", "boquilla de pulverización"),
                            f("cold water basin", "balsa de agua fría"),
                            f("make-up valve", "válvula de reposición")),
                    List.of(
                            new Fault(
                                    "high cold water temperature",
                                    "temperatura de agua fría alta",
                                    "scale on the fill or clogged nozzles",
                                    "incrustaciones en el relleno o boquillas obstruidas",
                                    "clean the nozzles and review the water treatment program",
                                    "limpiar las boquillas y revisar el programa de tratamiento de agua"),
                            new Fault(
                                    "water in the fan gearbox oil",
                                    "agua en el aceite del reductor del ventilador",
                                    "a failed shaft seal or condensation",
                                    "retén dañado o condensación",
                                    "change the oil and the seal, and fit a desiccant breather",
                                    "cambiar el aceite y el retén, e instalar un respiradero desecante"),
                            new Fault(
                                    "fan vibration",
                                    "vibración del ventilador",
                                    "uneven blade pitch",
                                    "ángulo de álabes desigual",
                                    "set every blade to the same pitch with an inclinometer",
                                    "ajustar todos los álabes al mismo ángulo con un inclinómetro")),
                    List.of(
                            new Measure("approach", "aproximación", "K", 2.5, 7, 1),
                            new Measure("water conductivity", "conductividad del agua", "µS/cm", 600, 3000, 0),
                            new Measure("blade pitch", "ángulo de los álabes", "°", 8, 22, 1)),
                    List.of(GEAR_220, LITHIUM)),
            new Equipment(
                    "hpu",
                    new Noun(
                            "hydraulic power unit",
                            "central hidráulica",
                            true,
                            "hydraulic power units",
                            "centrales hidráulicas"),
                    "HPU",
                    true,
                    List.of(
                            f("hydraulic pump", "bomba hidráulica"),
                            m("return filter", "filtro de retorno"),
                            m("accumulator", "acumulador"),
                            f("relief valve", "válvula de alivio"),
                            m("oil cooler", "enfriador de aceite"),
                            m("reservoir", "depósito")),
                    List.of(
                            new Fault(
                                    "the oil overheats",
                                    "el aceite se sobrecalienta",
                                    "a fouled cooler or the relief valve bypassing",
                                    "enfriador sucio o válvula de alivio que deja pasar aceite",
                                    "clean the cooler and check the relief valve setting",
                                    "limpiar el enfriador y comprobar el tarado de la válvula de alivio"),
                            new Fault(
                                    "a noisy pump",
                                    "una bomba ruidosa",
                                    "cavitation or air drawn in at the suction",
                                    "cavitación o entrada de aire en la aspiración",
                                    "check the suction fittings and the reservoir level",
                                    "revisar los racores de aspiración y el nivel del depósito"),
                            new Fault(
                                    "slow actuators",
                                    "actuadores lentos",
                                    "internal leakage in the pump or valves",
                                    "fugas internas en la bomba o en las válvulas",
                                    "measure the case drain flow of the pump",
                                    "medir el caudal de drenaje de la carcasa de la bomba"),
                            new Fault(
                                    "the filter clogging indicator is red",
                                    "el indicador de filtro obstruido está en rojo",
                                    "a saturated return filter element",
                                    "elemento del filtro de retorno saturado",
                                    "replace the element and take an oil sample for particle count",
                                    "cambiar el elemento y tomar una muestra de aceite para conteo de partículas")),
                    List.of(
                            new Measure("system pressure", "presión del sistema", "bar", 80, 210, 0),
                            new Measure("oil temperature", "temperatura del aceite", "°C", 35, 62, 0),
                            new Measure("accumulator precharge", "precarga del acumulador", "bar", 40, 140, 0)),
                    List.of(HYDRAULIC)));

    /** Tools and instruments: English and Spanish. */
    static final List<Noun> TOOLS = List.of(
            m("torque wrench", "llave dinamométrica"),
            m("dial indicator", "reloj comparador"),
            m("laser alignment tool", "alineador láser"),
            m("vibration analyser", "analizador de vibraciones"),
            m("infrared thermometer", "termómetro infrarrojo"),
            m("ultrasonic leak detector", "detector ultrasónico de fugas"),
            f("grease gun", "pistola de engrase"),
            m("induction bearing heater", "calentador de inducción"),
            m("three-jaw puller", "extractor de tres garras"),
            f("feeler gauge", "galga de espesores"),
            m("insulation tester", "megóhmetro"),
            f("clamp meter", "pinza amperimétrica"),
            f("thermal imaging camera", "cámara termográfica"),
            m("stroboscope", "estroboscopio"));

    static final List<Noun> PULLERS = List.of(
            m("three-jaw puller", "extractor de tres garras"),
            m("hydraulic puller", "extractor hidráulico"),
            m("puller plate", "extractor de placa"),
            m("set of jacking screws", "juego de tornillos extractores"));

    static final List<Noun> INSTRUMENTS = List.of(
            m("vibration analyser", "analizador de vibraciones"),
            m("infrared thermometer", "termómetro infrarrojo"),
            m("ultrasonic leak detector", "detector ultrasónico de fugas"),
            f("thermal imaging camera", "cámara termográfica"),
            m("stroboscope", "estroboscopio"),
            f("clamp meter", "pinza amperimétrica"),
            m("dial indicator", "reloj comparador"),
            m("pressure gauge", "manómetro"));

    static final List<String[]> ROLES = List.of(
            new String[] {"maintenance technician", "técnico de mantenimiento"},
            new String[] {"shift supervisor", "jefe de turno"},
            new String[] {"reliability engineer", "ingeniero de confiabilidad"},
            new String[] {"planner", "planificador de mantenimiento"},
            new String[] {"line operator", "operador de línea"},
            new String[] {"lubrication technician", "técnico lubricador"});

    static final List<String[]> PPE = List.of(
            new String[] {"safety glasses", "gafas de seguridad"},
            new String[] {"cut-resistant gloves", "guantes anticorte"},
            new String[] {"hearing protection", "protección auditiva"},
            new String[] {"a face shield", "pantalla facial"},
            new String[] {"chemical-resistant gloves", "guantes resistentes a químicos"},
            new String[] {"safety shoes", "calzado de seguridad"});

    static final List<String[]> AREAS = List.of(
            new String[] {"the packaging hall", "la nave de envasado"},
            new String[] {"the utilities building", "la sala de servicios"},
            new String[] {"the raw water station", "la estación de agua bruta"},
            new String[] {"the boiler house", "la sala de calderas"},
            new String[] {"the warehouse", "el almacén"},
            new String[] {"the process area", "el área de proceso"},
            new String[] {"the wastewater plant", "la planta de efluentes"},
            new String[] {"the cold store", "la cámara frigorífica"});
}
