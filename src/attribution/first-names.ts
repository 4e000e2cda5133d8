/**
 * A small list of given names, as data, with the gender each usually carries in news text.
 * Entity resolution uses it twice: a capitalised pair that starts with a given name ("Jared
 * Kushner") is a person even without a title, and "she" does not go to a "Mark" without other
 * evidence. Names are in lower case without diacritics; the resolver folds them like any name
 * (see `foldWord`), so each is listed in one spelling. The list is deliberately short and is evidence, not a rule: a name
 * it lacks is still found through a title, a speech verb or a surname seen elsewhere.
 */

const MALE = `
aaron adam ahmed alan albert alex alexey aleksandr andrew andrey andy angus anthony antonio anton arnold barack ben benjamin
bernie bill billy bob bobby boris brad brendan brett brian bruce carl carlos charles charlie chris christopher chuck colin
dan daniel danny dave david dennis dick dmitry don donald doug douglas ed eddie edward elon emmanuel eric evan frank fred
gary gavin george gerald gordon greg gregory hakeem harry henry hunter ian ivan jack jacob jake james jared jason jay jeb
jeff jeffrey jerome jerry jim jimmy joe joel john johnny jon jonathan jose joseph josh joshua juan justin keir keith ken
kevin larry lawrence lee leon luis mark marco martin matt matthew max michael mike mikhail mitch mitt mohammed
muhammad narendra nathan neil nick nicolas nikolay oleksandr olaf oliver patrick paul pete peter petro phil philip rafael
ralph rand randy ray recep reince richard rick rob robert roger ron ronald rudy rudolph rupert russell ryan sam samuel scott
sean sergey sergei shinzo stephen steve steven stuart ted terry thomas tim timothy todd tom tony vance viktor vladimir volodymyr
walter wayne will william xi yevgeny yury zach
abdul adrian ahmad akira alberto alejandro alexei ali amir anders andre andrei andres angel antoine armando arthur
axel bashar benedict bernard bjorn boyko bruno caleb cameron carlo cesar chen christian clarence cory craig cristian curtis
dale darius darren dean derek diego dimitri dmitri dominic duncan dustin earl edgar eduardo elias emil emilio enrique erik
ernesto ethan eugene fabian felipe felix fernando filip florian francisco franz friedrich gabriel gareth geert georg gerhard
giovanni giuseppe glenn graham grant guillermo gustavo hans harold hassan hector heinz helmut herbert hugo ibrahim igor isaac
ivo jaime jamal javier jens jesse jesus joachim johan jonas jorge julian jurgen kai karl kenneth khalid klaus kurt lars
leonid liam lorenzo louis luca lucas luigi lukas magnus malik manuel marc marcel marcus mario matteo mattias maurice miguel
milan mohamed moshe nabil nasser nathaniel nikita niklas nikolai noah omar oscar otto pablo pedro pierre rahul raj ramon raul
reza ricardo roberto rodrigo roman rustam salman samir santiago sebastian sergio simon stanislav stefan sven tariq theo
tobias tomas tomasz travis tyler umar valentin valery victor vikram vincent vitali wang wei wolfgang xavier yaakov yitzhak
yosef youssef yusuf zbigniew zoltan
howard abraham alfred allen alvin archie barry basil benny bertrand blake boyd brady brandon brent brock bryan bryce
burt byron calvin cecil chad chester claude clayton clifford clint clyde cody conrad cornelius damian damon darrell
darryl declan desmond dexter dominick donovan dwight dylan edmund edwin elijah elliot elliott elmer emmett ernest errol
ezra floyd francis gabe garrett gene geoffrey gilbert gino giles gideon glen grady gus hal hank harvey heath herman
homer horace hugh irving isaiah jasper jeremiah jeremy jethro joaquin joey jonah julius kareem keegan kelvin kirk kyle
lamar lance leland lenny leo leonard leroy lester lewis lionel lloyd lonnie lowell luke luther lyle malcolm marvin
melvin merle micah miles milo mitchell monte morris myron nate ned neal nigel noel norman oleg orville oswald owen percy
quentin quincy randall raymond reggie reginald rex rhys ricky rodney roland rory ross roy rufus russ salvatore saul seth
shane shawn sheldon sherman sidney silas solomon spencer stanley sterling sylvester terrence thaddeus theodore toby
trent trevor troy tucker ulysses vernon virgil wade wallace wesley wilbur wilfred willard willie winston wyatt zachary
`;

const FEMALE = `
alexandria amy angela ann anna anne barbara betsy betty carly carol caroline catherine cathy christine cindy claire
condoleezza debbie deborah diane donna dianne elaine elizabeth ellen elise emily emma giorgia hannah heather helen hillary
ilhan jane janet jennifer jessica jill joan joni julia julie karen kamala kate katherine kathleen kathy kelly kellyanne
kirsten kristi laura lauren linda lisa liz lori lucy madeleine maria marine marsha mary maxine megan melania melissa michelle
mia nancy nicola nikki olena patricia paula rachel rebecca rosa ruth sandra sara sarah sharon shirley sophie stephanie susan
suzanne tammy teresa theresa tiffany tulsi ursula valerie victoria virginia wendy yulia
adriana agnes aisha alejandra alice alina alisha allison amanda amelia ana andrea angelica anita annalena antonia
ayesha beatriz birgit brenda bridget camila carla carmen cecilia chiara christina clara claudia dana daniela dolores dorothy
elena elif elisabeth elsa emilia erika esther eva fatima francesca gabriela galina greta gretchen hanna helga ines ingrid irina
isabel isabella jacinda jasmine jenny joanna johanna josefina judith julieta karin katarzyna katja kristina larisa leila liisa
lina ludmila lydia magdalena maja margaret margarita marie marina marta martina maya mette milena miriam monica nadia natalia
natasha nina noura olga paloma petra pia priya ramona raquel renata rita rosalind sabine sanna silvia simone sofia
sonia svetlana tatiana tamara tina ulrike valentina vera veronica viktoria wanda yasmin yolanda zainab zofia
lena mira tessa abigail ada adele agatha aileen alana alexa alicia alison allie alma alyssa amalia anastasia angelina
annie annika ariana arlene ashley astrid audrey ava beatrice bella belinda bernadette beth bethany beverly bianca
blanche bonnie brianna brittany brooke caitlin candace cara carolyn cassandra celeste celia cheryl chloe christa ciara
colleen connie constance cora courtney cynthia daisy danielle daphne darlene delia denise diana dina dominique doris
edith edna eileen eleanor eliza ella ellie eloise elsie erin estelle ethel eugenia evelyn felicia fiona frances freya
gail gemma genevieve geraldine gillian gina gladys gloria gwen gwendolyn harriet hazel heidi helena hilda holly ida
imogen irene isla jackie jacqueline jeanette jeanne jeannie jenna joanne jocelyn josephine joyce judy juliana justine
kara katie kayla keira kimberly kristen kylie leah lila lillian lily lorena lorna loretta lorraine louise lucia lucille
luisa lynn mabel mae maggie mandy marcia margot marian marianne marilyn marion marjorie marlene martha matilda maureen
mavis meredith mildred millie mina miranda molly mona muriel myra nadine naomi natalie nell nellie nicole nora norma
olivia paige pamela pauline peggy penelope phoebe phyllis polly priscilla rachael rebekah rhonda roberta rochelle
rosalie rosemary roxanne sabrina sally samantha selena serena shannon sheila shelby sienna sonya stella sue susanna
sylvia tanya tara thelma tracy trudy vanessa violet vivian yvonne zoe
`;

function table(list: string, gender: 'male' | 'female'): [string, 'male' | 'female'][] {
  return list
    .split(/\s+/)
    .filter((name) => name !== '')
    .map((name) => [name, gender]);
}

/** Given names (folded) and the gender each usually carries. */
export const FIRST_NAME_GENDER: ReadonlyMap<string, 'male' | 'female'> = new Map([...table(MALE, 'male'), ...table(FEMALE, 'female')]);
