// Word lists for the PERSON detector, accent-folded and lower case, one space-separated
// string per list so the bundle stays small. compromise's own lexicon (about 3,000 first
// names and 900 surnames, mostly English) is merged in at first use (see lookup.ts); these
// lists add what it lacks for Spain, LatAm and Brazil and make the detector work even if
// compromise's internals change.

/** Common first names in Spain, Mexico, Peru, Argentina, Colombia, Chile, Brazil and the US. */
export const FIRST_NAMES = `
jose juan carlos luis jorge miguel antonio manuel francisco javier pedro alejandro fernando
ricardo roberto eduardo daniel david rafael sergio andres diego pablo raul oscar mario alberto
enrique arturo hector hugo ruben victor julio cesar gerardo gustavo ramon alfonso ignacio joaquin
emilio martin agustin tomas nicolas sebastian mateo matias felipe gabriel samuel benjamin lucas
leonardo emiliano rodrigo gonzalo alvaro adrian marcos ivan jaime esteban cristian christian
mauricio fabian ernesto armando guillermo rodolfo orlando edgar omar alfredo cristobal ismael
lorenzo marcelo facundo thiago bautista maximiliano ezequiel lautaro joel kevin brayan bryan jhon
jhonatan yeferson wilmer edwin freddy fredy nelson walter jairo hernan dario camilo julian iker
pau jordi xavier marc oriol aitor unai gorka inaki mikel josep joan lluis alonso valentin ulises
efrain abel anibal saul elias isaac moises renzo piero gianfranco jhonny yonatan brandon erick
angel jesus
maria ana carmen laura lucia sofia isabel elena marta patricia teresa cristina paula andrea sara
silvia beatriz raquel nuria monica alicia irene julia claudia natalia veronica gabriela daniela
valentina camila valeria mariana fernanda ximena alejandra adriana paola carolina diana sandra
lorena liliana margarita leticia yolanda susana angelica araceli josefina agustina martina
catalina antonella micaela fiorella luciana jimena renata romina belen ines marisol maribel
miriam norma olga estela esther eva yesenia yessica jessica karina karla katherine yuliana
yurani leidy dayana tatiana wendy lizbeth nayeli itzel xochitl regina isabella emilia noelia
aitana ainhoa leire nerea vanesa lidia rebeca elisa juana francisca antonia manuela josefa
rosalia graciela mirta marcela viviana gisela analia celia magdalena sonia ruth
joao paulo luiz raimundo manoel mateus matheus guilherme fabio vinicius tiago andre caio enzo
davi heitor arthur bernardo murilo otavio rogerio renato henrique joaquim sebastiao vitor
marcia aline amanda bruna luana larissa vanessa rafaela helena alice cecilia heloisa isadora
livia sophia rita juliana simone priscila
james john robert michael william richard joseph thomas charles christopher matthew anthony
donald steven andrew joshua kenneth brian george timothy ronald jason jeffrey ryan jacob gary
eric jonathan stephen larry justin scott gregory alexander patrick raymond dennis jerry tyler
aaron adam nathan zachary douglas peter kyle noah ethan jeremy keith roger terry sean gerald carl
harold dylan lawrence jesse billy bruce joe logan alan albert willie elijah wayne randy vincent
mason roy ralph bobby russell bradley philip eugene liam oliver
mary jennifer linda elizabeth barbara susan sarah karen lisa nancy betty margaret ashley
kimberly emily donna michelle carol melissa deborah stephanie dorothy rebecca sharon cynthia amy
kathleen shirley brenda emma anna pamela nicole samantha christine debra rachel carolyn janet
catherine heather diane olivia julie joyce lauren kelly christina evelyn judith hannah megan
cheryl jacqueline madison janice ann kathryn abigail frances jean judy denise danielle marilyn
beverly charlotte natalie theresa brittany doris kayla lori marie jane
montse montserrat pepe paco pepa lupe chema nacho toni quique kike fede santi rafa manolo lola
paqui mari maricarmen juanjo juanma merche pili charo chus nando chuy pancho beto lalo
begona itziar amaia idoia garazi maialen ander asier eneko ibai arantxa edurne iratxe xabier
yeison jeison stiven yeimy yeimi maryuri yordi yorman deiby jhoan johan yurley yamile yaneth
duvan yesid breiner keiner marlon xiomara yesica citlali yatziri uriel
thais tais gisele luan wesley kaua kauan yasmin yasmim
venkata ananya priyanka siddharth harpreet deepa arjun rohan vikram sanjay anil sunil rajesh
ramesh suresh pooja neha kavya divya lakshmi sneha nikhil amit ajay vijay anand aditya ishaan
anjali shreya meera priya deepak manish gaurav srinivas ravi sunita
` +
  // Spanish, Basque, Catalan, Galician, Andean, Rioplatense, Venezuelan and Brazilian names.
  `
patricio nahuel wilson braulio heriberto rigoberto norberto adalberto filiberto leopoldo marcelino
hilario jacinto lisandro lucio mauro nestor pascual reinaldo rosendo rufino teodoro valentino
aurelio baltazar bernabe bonifacio casimiro ceferino cipriano eladio eliseo eusebio evaristo
fausto feliciano fermin florencio genaro gervasio heber higinio hipolito honorio inocencio isidro
jenaro juvenal leoncio marcial melchor nazario nemesio nicanor obdulio olegario pantaleon porfirio
prudencio quintin remigio roque sabino saturnino serafin severino silvestre tiburcio timoteo
ubaldo valeriano venancio wenceslao zenon anselmo apolinar aquiles arnoldo artemio calixto
celestino cirilo dionisio edmundo eleuterio emeterio eustaquio evelio faustino froilan gaspar
godofredo hermenegildo herminio ildefonso jacobo jeremias lazaro leonidas macario manrique
martiniano maximino medardo misael nataniel nicasio noe onofre oswaldo ovidio paulino policarpo
regino ruperto salomon teofilo tito victoriano benicio bastian gael izan roly yoel gian gianmarco
giancarlo eder americo eulogio hermogenes sixto alcides deivis exequiel fabricio axel ciro nehuen
libardo gildardo hernando alirio arley rubiel norbey albeiro arbey jader leider deiver cuauhtemoc
eleazar epifanio florentino leobardo margarito melesio homero yahir jair arnau biel sergi ferran
pere jaume enric xavi josu koldo aritz imanol ibon ekaitz xose xoan anxo brais iago roi flavio
marcio geraldo anderson wagner valdir valter edvaldo edson cicero benedito gilmar gilson kaique
breno ruan italo jailson jonatas kleber lourival moacir nilson nivaldo reginaldo robson romario
rubens tarcisio valdemar valmir vanderlei wanderley evandro edilson edmilson erivaldo genivaldo
gerson helio juliano ivo ubiratan jeferson teo lucca caua lucila delfina ludmila aldana malena
ayelen mailen yamila yanina vanina silvina cintia nelida elba haydee nilda zulema zulma dalila
fabiana jorgelina rosana ignacia macarena yasna yenny yohana yolima yenifer zulay marleny deisy
mayerly nidia omaira rubiela durley mariangel yadira yazmin nallely nayely lizeth areli arely
berenice janeth anahi elvia eloisa yuridia zoila marisela herminia eulalia fabiola isela obdulia
rosalba rufina yusmary yuleisy yolimar yelitza maryelis oriana rosibel mileidy nohemi dayanara
silvana gimena estefania mireia ariadna azahara meritxell berta judit mariona queralt naroa maddi
oihane miren nekane amaya garbine izaskun aintzane ainara olatz haizea estibaliz uxia antia iria
xiana sabela eliane cristiane rosangela terezinha raimunda andreia luzia sueli tatiane viviane
lais solange lucimar luciene rosimeire rosilene sebastiana vania elisangela cleide ivone ivete
jussara neide nilza geralda gorete josiane keila lidiane meire neusa odete rejane vilma zilda
luiza eduarda pietra mirella thalita talita raissa karine tainara taina
`;

/**
 * First names that are also everyday words, places or months. Alone they need a strong
 * position (greeting, signature, honorific) or a surname next to them.
 */
export const AMBIGUOUS_FIRST_NAMES = `
luz paz sol dale dolores mercedes rosario cruz reyes angeles jesus blanca clara gloria esperanza
consuelo amparo soledad milagros pilar concepcion asuncion trinidad guadalupe victoria santiago
salvador florencia lourdes rocio nieves alegria fe marina rosa violeta iris alba aurora estrella
perla celeste franco leal justo modesto feliz graca fatima conceicao aparecida vitoria angel
will may june april august grace hope joy faith chase mark bill frank rose summer dawn amber
crystal ruby jordan austin sydney paris virginia georgia florida orlando houston dallas
charlotte madison chelsea china india israel sierra lane ray art gene rich don bob pat jack
drew lance grant pierce wade skip sue biff blaze buck chuck foster mack nick ollie peg rob stew spike
mira ola ira luna cara sal sierra vera mina mia reina isla ela dela nela mae tina pia tia ria lea
ella lena cal ida dan rico cesar marco ariel santo gala alma tala ema leon roman tono
` +
  // Spanish and Portuguese given names that are also words ("Dulce", "Socorro", "Leo").
  `
dulce morena paloma candela brisa socorro refugio inmaculada remedios ascension azucena hortensia
dalia maximo segundo leo mar neus triana loreto fortunato benigno amador urbano clemente primitivo
lucero olvido caridad piedad purificacion sagrario felicidad gracia natividad dores cielo nil ona
german pol jan wellington everton fanny lino pio candido aura nubia gema encarnacion
`;

/**
 * Surnames common in Spain, LatAm, Brazil and the US. A capitalised word followed by one of
 * these reads as a name even when the first name is not in any lexicon.
 */
export const SURNAMES = `
garcia rodriguez gonzalez fernandez lopez martinez sanchez perez gomez martin jimenez ruiz
hernandez diaz moreno alvarez munoz romero alonso gutierrez navarro torres dominguez vazquez
ramos gil ramirez serrano blanco molina morales suarez ortega delgado castro ortiz rubio marin
sanz nunez iglesias medina garrido cortes castillo santos lozano guerrero cano prieto mendez
calvo gallego vidal leon marquez herrera pena flores cabrera campos vega fuentes carrasco diez
caballero nieto aguilar pascual santana herrero montero hidalgo gimenez ibanez ferrer duran
benitez mora vicente vargas arias carmona crespo roman pastor soto saez velasco moya soler
parra bravo gallardo rojas quispe mamani huaman condori chavez rios espinoza vasquez salazar
paredes cardenas valdivia zapata orozco jaramillo ospina restrepo cardona londono mejia arango
giraldo osorio henao contreras araya sepulveda figueroa valenzuela tapia pizarro vergara acosta
sosa ayala villalba ferreira silva oliveira souza sousa pereira costa carvalho almeida ribeiro
martins rocha alves barbosa araujo cardoso nascimento gomes teixeira correia moreira mendes
dias vieira freitas pinto monteiro barros moura cavalcanti azevedo nunes lopes fernandes
machado rodrigues ccori ticona apaza huanca chambi cusi yupanqui villanueva palacios
smith johnson williams jones miller davis wilson anderson taylor thomas moore jackson harris
thompson clark lewis robinson walker allen wright nelson carter mitchell roberts turner
phillips campbell parker evans edwards collins stewart morris murphy rogers morgan peterson
cooper reed bailey kelly howard ward cox richardson watson brooks bennett hughes sanders myers
ross foster connor white young king green hill wood price long bell cook gray grey brown black
baker hall lee torre fuente vega serna hoz
patel krishnan subramanian iyer reddy sharma gupta singh kumar rao nair menon shah mehta desai
joshi chatterjee banerjee mukherjee agarwal kapoor malhotra chopra pillai venkatesan natarajan
` +
  // Frequent surnames of Spain, Mexico, the Andes, the Southern Cone, Venezuela and Brazil.
  `
mendoza esteban bermudez aguilera benito miranda escudero vallejo maldonado rivero luque rosales
beltran bustos camacho espinosa esteve fajardo galvez hernando lara lorente marti ochoa pacheco
padilla palomo quintana quintero valero varela carrillo echeverria etxeberria echeverry goikoetxea
aguirre agirre urrutia zubizarreta arrieta azcona bengoechea elizondo ibarra irigoyen larrain
larranaga mendizabal olaizola uribe urquiza zabala zubiri zuniga arana iturbe garmendia goni
ugarte arteaga lizarraga zabaleta oyarzun errazuriz echenique eguren iriarte madariaga beristain
aramburu zaldivar juarez velazquez bautista alvarado avila cervantes sandoval valdez galvan trejo
meza ponce esquivel villegas galindo rangel solis macias enriquez avalos bernal lugo arellano
gallegos zavala cisneros olvera nava murillo pineda magana peralta mena quiroz ocampo velez tovar
cortez benites cordova tello zevallos montoya vilchez saavedra chavarria cahuana huamani ccahuana
palomino alarcon pari ccopa mayta layme coaquira poma hancco ccallo cutipa machaca ancco ticlla
vilca bustamante arce lazaro roque yauri reategui zegarra inga huayta sulca canchari taipe colque
limachi guevara pereyra ferreyra godoy carrizo quiroga ledesma ojeda farias vallejos sotelo soria
roldan moyano villarreal paez bazan leiva oviedo gaitan zalazar heredia insaurralde monzon pintos
zarate olivera greco santoro rinaldi leone longo martinelli vitale lombardo serra coppola
marchetti parisi ferraro ferri marini gatti pellegrini palumbo rizzi monti cattaneo morelli amato
silvestri giuliani benedetti barone caputo bernardi bellini basile agudelo betancur betancourt
lozada mosquera patino rendon saldarriaga tabares vanegas zuluaga arboleda ceballos bedoya
buitrago caicedo gaviria grajales higuita loaiza orrego pulgarin salgado valderrama cifuentes
bonilla carvajal chaparro cuellar galvis garzon manrique novoa orjuela pinzon rubiano sarmiento
urrego villamil zambrano duque jara riquelme olivares henriquez aravena sanhueza navarrete cornejo
poblete acuna mella fuentealba ulloa manriquez quezada cerda rebolledo donoso arancibia ahumada
inostroza mardones venegas lillo cisternas cancino barria aedo gajardo valdes yanez rondon briceno
chacon colmenares mujica linares urdaneta villarroel marcano carrasquero montilla montiel pirela
finol sulbaran bracho fuenmayor yepez escalona mogollon sequera camacaro vielma uzcategui carrero
araque dugarte techera silveira fagundez larrosa umpierrez bentancur bentancor viera muniz piriz
curbelo soares andrade batista borges pires cunha fonseca guimaraes medeiros siqueira nogueira
brito xavier bezerra coelho macedo matos mendonca vasconcelos rezende aguiar queiroz sampaio
bastos paiva magalhaes lacerda peixoto amaral assis antunes dantas fagundes brandao morais moraes
viana vianna pimentel portela sobral damasceno camargo aragao meireles veloso simoes abreu arruda
esteves faria feitosa galvao lins novaes pedrosa sodre veiga vilela luna robles salinas arroyo
vera
`;

/** Particles inside compound names: "María José de la Fuente", "Ortega y Gasset", "da Silva". */
export const PARTICLES = 'de del la las los y e da das do dos van von der den di du';

/** Words before a name that only titles a person; the title stays outside the span. */
export const HONORIFICS = `
sr sra srta sres sras senor senora senorita don dona dr dra lic licda licenciado licenciada ing
ingeniero ingeniera prof profa profesor profesora mr mrs ms miss mx sir madam madame dame mme
senhor senhora srs dom abg abog arq
`;

/**
 * Greeting and sign-off words: a name right after them (same line) is being addressed or
 * signing. Multi-word entries are matched as the last words before the name.
 */
export const GREETINGS = `
hola hi hello hey dear estimado estimada estimados estimadas querido querida apreciado apreciada
distinguido distinguida ola oi prezado prezada caro cara buenos dias buenas tardes noches buen dia
bom boa tarde noite good morning afternoon evening greetings thanks thank you gracias obrigado
obrigada saludos cheers bye adios chau chao tchau atentamente cordialmente regards sincerely best
atenciosamente abracos att atte
`;

/** Whole lines that close a reply; the next line holding only capitalised words is a signature. */
export const CLOSINGS = [
  'saludos', 'un saludo', 'saludos cordiales', 'cordiales saludos', 'muchos saludos', 'atentamente',
  'cordialmente', 'un cordial saludo', 'reciba un cordial saludo', 'gracias', 'muchas gracias',
  'mil gracias', 'quedo atento', 'quedo atenta', 'quedamos atentos', 'un abrazo', 'abrazos',
  'best', 'best regards', 'kind regards', 'warm regards', 'regards', 'thanks', 'thank you',
  'many thanks', 'thanks again', 'sincerely', 'yours sincerely', 'sincerely yours', 'cheers',
  'respectfully', 'all the best', 'best wishes', 'yours truly',
  'atenciosamente', 'abracos', 'um abraco', 'obrigado', 'obrigada', 'cumprimentos',
  'att', 'atte', 'saudacoes', 'grato', 'grata',
];

/** Labels whose value is a name: "Nombre: Ana Pérez", "From: Jane Smith". */
export const NAME_LABELS = `
nombre nombres apellido apellidos name names first last full de from para to cc cliente customer
titular holder agente agent asesor asesora contacto contact firmado signed nome remitente
destinatario sender recipient atendido atendida attn attention
`;

/** Words right before a capitalised pair that say a person follows ("hablé con", "agent"). */
export const PERSON_CUES = `
agente asesor asesora ejecutivo ejecutiva companero companera colega supervisor supervisora
gerente tecnico tecnica cliente clienta senor senora senhor senhora colleague agent
representative manager technician customer named llamado llamada hable hablamos converse
conversamos falei spoke talked handled atendido atendida attn ask pregunte pregunta preguntar
esposo esposa marido mujer pareja novio novia hijo hija padre madre papa mama hermano hermana
abuelo abuela suegro suegra tio tia husband wife partner son daughter father mother dad mom
brother sister filho filha pai mae irmao irma
atendente operador operadora operator
`;

/**
 * Team, organisation and generic addressee words. A capitalised run holding one is the
 * agent's team or a company ("Equipo de Soporte", "Banco Santander"), not a person.
 */
export const NOT_A_PERSON_WORDS = `
equipo equipos soporte support team teams care customer customers cliente clientes service
services servicio servicios atencion atendimiento suporte equipe success help helpdesk desk
ayuda departamento department area ventas sales billing facturacion cobranza tecnico technical
tech operations operaciones logistica logistics central centro center centre contact contacto
grupo group inc ltd llc sa sl sas sac eirl ltda corp corporation company compania cia
empresa bank banco store tienda tiendas shop hotel hospital clinica clinic farmacia farmacias
pharmacy universidad university college school escuela colegio instituto institute fundacion
foundation ministerio ministry gobierno government municipalidad ayuntamiento calle avenida av
avda street st avenue ave road rd plaza jiron jr paseo carrera transversal diagonal barrio
colonia col fracc fraccionamiento urb urbanizacion alcaldia delegacion distrito district
edificio building tower piso oficina office sucursal branch
legal juridico juridica compliance cumplimiento rrhh hr finanzas finance contabilidad accounting
marketing compras purchasing reclamos reclamaciones claims calidad quality privacidad privacy
app aplicacion application web online portal plan plus pro premium prime card tarjeta cuenta
account wallet pay pago pagos mobile movil drive cloud id
usuario usuaria user users usted ustedes ud uds vd vds all everyone everybody there folks guys
amigo amiga amigos friend friends todos todas colleagues companeros senores senoras sir madam
manager gerente admin administrator administrador staff agent agente representative
valued estimado valioso san santa santo sao saint sant
ronda rua calzada camino pasaje travessa alameda praca carretera glorieta callejon boulevard bulevar
blvd taller hermanos hnos distribuidora comercial comercializadora industrias ferreteria restaurante
panaderia consultores abogados asociados constructora inmobiliaria inversiones inversion
soluciones sistemas transportes construcciones importaciones importadora exportadora corporacion
holding negocios proyectos agropecuaria laboratorio laboratorios supermercado minimarket bodega
mercadinho padaria loja lojas
vendor vendors onboarding roaming relations payable receivable accounts platform fraud fraudes
prevencion retention retenciones bajas reembolsos refunds compras purchasing finance financeiro
financiero administracion administration wireless telecom telecomunicaciones seguridad security
day dia airport aeropuerto aeroporto station estacion estadio stadium museo museum parque park airlines
`;

/** Month and day names in Spanish, English and Portuguese. */
export const CALENDAR_WORDS = `
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
lunes martes miercoles jueves viernes sabado domingo
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
janeiro fevereiro marco maio junho julho setembro outubro novembro dezembro
segunda terca quarta quinta sexta feira
hoy manana ayer today tomorrow yesterday navidad christmas
`;

/** Cities, countries and regions agents write about (compromise adds its own). */
export const PLACES = `
lima arequipa cusco cuzco trujillo chiclayo piura iquitos callao peru
madrid barcelona sevilla valencia zaragoza malaga bilbao murcia alicante granada toledo espana spain
mexico cdmx guadalajara monterrey puebla tijuana leon queretaro merida cancun oaxaca veracruz
argentina buenos aires cordoba rosario mendoza tucuman la plata mar del plata
colombia bogota medellin cali barranquilla cartagena bucaramanga pereira
chile santiago valparaiso concepcion vina antofagasta temuco
brasil brazil sao paulo rio janeiro brasilia salvador fortaleza belo horizonte recife curitiba
porto alegre manaus
ecuador quito guayaquil bolivia la paz venezuela caracas uruguay montevideo paraguay asuncion
panama costa rica guatemala honduras salvador nicaragua cuba dominicana puerto
usa eeuu estados unidos united states america miami texas california florida new york
`;

/** Brands agents name in replies; capitalised, but never a person. */
export const BRANDS = `
movistar claro entel bitel telcel vodafone orange telefonica personal tigo vivo oi tim
santander bbva bcp interbank scotiabank itau bradesco nubank caixa bancolombia davivienda
mercado libre pago paypal visa mastercard amex yape plin nequi daviplata pix
apple google microsoft amazon samsung galaxy iphone ipad macbook whatsapp facebook instagram
netflix spotify outlook gmail hotmail office windows android excel zoom slack
falabella ripley oxxo coppel elektra liverpool rappi uber didi zara walmart costco target
tesla ford toyota nissan chevrolet honda harley davidson dell lenovo huawei xiaomi motorola nokia sony
hilfiger kellogg disney
`;

/**
 * Capitalised words that start sentences in replies and are never a first name. They are
 * stripped from the front of a capitalised run ("Hola María" -> "María").
 */
export const LEADING_WORDS = `
el la los las lo un una unos unas mi mis tu tus su sus nuestro nuestra nuestros nuestras este
esta estos estas ese esa eso esto aquel con sin para por en de del al a y o pero si no ya que
como cuando donde hemos hola buenos buenas buen estimado estimada estimados estimadas querido
querida apreciado apreciada distinguido distinguida gracias muchas saludos atentamente
cordialmente le les nos te me se usted ustedes hay favor recuerde recuerda por favor quedo
the a an our your my his her their its this that these those with without for from to in on at
by of and or but if as when where we you he she they it i please hi hello hey dear thanks
thank kind best warm regards sincerely cheers good morning afternoon evening also note yes
o os as um uma meu minha seu sua nosso nossa com sem para em do da dos das ao ola oi prezado
prezada caro cara obrigado obrigada bom boa ella ellos ellas nosotros ele eles voce soy somos
sou somos llamo chamo aqui here
tambien ahora despues ademas luego entonces alli hoy ayer manana
`;
