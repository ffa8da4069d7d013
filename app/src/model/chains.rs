//! Sub-industries (产业链): the industry-naming headings of the plan's 第三章, a second level
//! under each sector. `name_zh` is the heading as the plan writes it (the server's plan
//! tests check it against the parsed text); `name_en` is ours; `keys` are substrings of
//! `name_zh` that recognise the chain in a 专栏 quote or row title. Which entities belong to
//! a chain is derived by the server from the passages that cite them.
use serde::Serialize;

use super::Sector::{self, *};

/// One sub-industry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Chain {
    /// `sector.short_name`, ascii: the value of `chain=`.
    pub id: &'static str,
    pub sector: Sector,
    /// 第三章 第`section`节.
    #[serde(skip)]
    pub section: u32,
    /// The `一、` item number.
    #[serde(skip)]
    pub item: u32,
    /// The `（一）` sub-item number, 0 when the chain is the item itself.
    #[serde(skip)]
    pub sub: u32,
    pub name_zh: &'static str,
    pub name_en: &'static str,
    #[serde(skip)]
    pub keys: &'static [&'static str],
}

impl Chain {
    /// Id of the plan node whose heading defines the chain (`ch3-s4-i3`).
    pub fn node_id(&self) -> String {
        let base = format!("ch3-s{}-i{}", self.section, self.item);
        if self.sub == 0 {
            base
        } else {
            format!("{base}-{}", self.sub)
        }
    }
}

/// The chain with this id.
pub fn chain(id: &str) -> Option<&'static Chain> {
    CHAINS.iter().find(|c| c.id == id)
}

/// The sector whose strategy is 第三章 第`n`节 (1–8).
pub fn sector_of_chapter3_section(n: u32) -> Option<Sector> {
    let order = [
        NextGenIt,
        HighEndEquipment,
        NewMaterials,
        NewEnergy,
        Biomedicine,
        EnergySavingEnv,
        Marine,
        FutureIndustries,
    ];
    order.get(usize::try_from(n).ok()?.checked_sub(1)?).copied()
}

const fn c(
    id: &'static str,
    sector: Sector,
    path: (u32, u32, u32),
    name_zh: &'static str,
    name_en: &'static str,
    keys: &'static [&'static str],
) -> Chain {
    Chain {
        id,
        sector,
        section: path.0,
        item: path.1,
        sub: path.2,
        name_zh,
        name_en,
        keys,
    }
}

/// (第N节, 一、 item, （一） sub-item or 0 when the chain is the item itself), in plan order.
#[rustfmt::skip]
pub static CHAINS: &[Chain] = &[
    c("next_gen_it.integrated_circuits", NextGenIt, (1, 1, 1), "高性能集成电路", "High-performance integrated circuits", &["集成电路"]),
    c("next_gen_it.uhd_display", NextGenIt, (1, 1, 2), "超高清视频显示", "Ultra-HD video and displays", &["超高清视频", "显示"]),
    c("next_gen_it.optoelectronics", NextGenIt, (1, 1, 3), "光通信、精密光学、光电探测等光电产业", "Optoelectronics: optical communication, precision optics, photodetection", &["光电", "光通信", "精密光学"]),
    c("next_gen_it.electronic_components", NextGenIt, (1, 1, 4), "新型元器件", "Novel electronic components", &["元器件"]),
    c("next_gen_it.wireless_5g", NextGenIt, (1, 2, 1), "第五代无线网络（5G）", "5G wireless networks", &["5G"]),
    c("next_gen_it.satellite_applications", NextGenIt, (1, 2, 2), "卫星应用", "Satellite applications", &["卫星"]),
    c("next_gen_it.iot", NextGenIt, (1, 2, 3), "物联网", "Internet of Things", &["物联网"]),
    c("next_gen_it.industrial_internet", NextGenIt, (1, 2, 4), "工业互联网", "Industrial internet", &["工业互联网"]),
    c("next_gen_it.big_data", NextGenIt, (1, 3, 1), "大数据", "Big data", &["大数据"]),
    c("next_gen_it.cloud_computing", NextGenIt, (1, 3, 2), "云计算", "Cloud computing", &["云计算"]),
    c("next_gen_it.emerging_software", NextGenIt, (1, 3, 3), "新兴软件", "Emerging software", &["软件"]),
    c("next_gen_it.digital_creative", NextGenIt, (1, 3, 4), "数字创意", "Digital creative industries", &["数字创意"]),
    c("next_gen_it.fintech", NextGenIt, (1, 3, 5), "金融科技", "Financial technology", &["金融科技"]),
    c("high_end_equipment.nev_vehicles", HighEndEquipment, (2, 1, 1), "新能源整车", "New-energy vehicles", &["新能源整车", "整车"]),
    c("high_end_equipment.nev_core_electrics", HighEndEquipment, (2, 1, 2), "核心“三电”", "Core \"three electrics\" (battery, motor, control)", &["三电"]),
    c("high_end_equipment.charging_swapping", HighEndEquipment, (2, 1, 3), "充换电设备", "Charging and battery-swapping equipment", &["充换电"]),
    c("high_end_equipment.cnc_machine_tools", HighEndEquipment, (2, 2, 1), "高档数控机床", "High-end CNC machine tools", &["数控机床", "机床"]),
    c("high_end_equipment.intelligent_robots", HighEndEquipment, (2, 2, 2), "智能机器人", "Intelligent robots", &["机器人"]),
    c("high_end_equipment.laser_additive", HighEndEquipment, (2, 2, 3), "激光与增材制造装备", "Laser and additive-manufacturing equipment", &["激光", "增材制造"]),
    c("high_end_equipment.textile_machinery", HighEndEquipment, (2, 3, 1), "新型纺织装备", "Advanced textile machinery", &["纺织"]),
    c("high_end_equipment.food_processing", HighEndEquipment, (2, 3, 2), "食品加工装备", "Food-processing equipment", &["食品加工"]),
    c("high_end_equipment.battery_manufacturing", HighEndEquipment, (2, 3, 3), "电池制造装备", "Battery-manufacturing equipment", &["电池制造装备"]),
    c("high_end_equipment.nuclear_power", HighEndEquipment, (2, 3, 4), "核电装备", "Nuclear power equipment", &["核电"]),
    c("high_end_equipment.other_special", HighEndEquipment, (2, 3, 5), "其他专用装备", "Other special-purpose equipment", &[]),
    c("new_materials.graphene", NewMaterials, (3, 1, 1), "石墨烯材料", "Graphene materials", &["石墨烯"]),
    c("new_materials.additive_materials", NewMaterials, (3, 1, 2), "增材制造材料", "Additive-manufacturing materials", &["增材制造材料"]),
    c("new_materials.nonferrous_metals", NewMaterials, (3, 2, 1), "高性能有色金属材料", "High-performance non-ferrous metals", &["有色金属"]),
    c("new_materials.chemical_materials", NewMaterials, (3, 2, 2), "化工新材料", "New chemical materials", &["化工新材料"]),
    c("new_materials.special_steel", NewMaterials, (3, 2, 3), "高品质特殊钢材", "High-quality special steel", &["特殊钢"]),
    c("new_materials.inorganic_nonmetallic", NewMaterials, (3, 2, 4), "先进无机非金属材料", "Advanced inorganic non-metallic materials", &["无机非金属"]),
    c("new_materials.fibres_composites", NewMaterials, (3, 2, 5), "高性能纤维及复合材料", "High-performance fibres and composites", &["纤维", "复合材料"]),
    c("new_materials.electronic_materials", NewMaterials, (3, 3, 1), "电子信息材料", "Electronic information materials", &["电子信息材料"]),
    c("new_materials.new_energy_materials", NewMaterials, (3, 3, 2), "新能源材料", "New-energy materials", &["新能源材料"]),
    c("new_materials.rare_earth", NewMaterials, (3, 3, 3), "新型稀土功能材料", "Rare-earth functional materials", &["稀土"]),
    c("new_energy.solar_pv", NewEnergy, (4, 1, 0), "高效光伏", "High-efficiency photovoltaics", &["光伏"]),
    c("new_energy.offshore_wind", NewEnergy, (4, 2, 0), "海上风电", "Offshore wind power", &["海上风电"]),
    c("new_energy.hydrogen_fuel_cells", NewEnergy, (4, 3, 0), "氢能及燃料电池", "Hydrogen and fuel cells", &["氢能", "燃料电池"]),
    c("new_energy.energy_storage", NewEnergy, (4, 4, 0), "储能", "Energy storage", &["储能"]),
    c("new_energy.power_iot", NewEnergy, (4, 5, 0), "电力物联网", "Power Internet of Things", &["电力物联网"]),
    c("biomedicine.vaccines", Biomedicine, (5, 1, 1), "新型疫苗", "Novel vaccines", &["疫苗"]),
    c("biomedicine.biotech_drugs", Biomedicine, (5, 1, 2), "生物技术药", "Biotechnology drugs", &["生物技术药"]),
    c("biomedicine.chemical_drugs_apis", Biomedicine, (5, 1, 3), "新型化学制药与原料药制造", "Chemical drugs and API manufacturing", &["化学制药", "原料药"]),
    c("biomedicine.modern_tcm", Biomedicine, (5, 1, 4), "现代中药", "Modern traditional Chinese medicine", &["中药"]),
    c("biomedicine.biopharma_services", Biomedicine, (5, 1, 5), "生物医药服务", "Biopharmaceutical services", &["生物医药服务"]),
    c("biomedicine.implant_materials", Biomedicine, (5, 2, 1), "植（介）入生物医用材料", "Implantable and interventional biomaterials", &["生物医用材料"]),
    c("biomedicine.ivd", Biomedicine, (5, 2, 2), "体外诊断试剂及设备", "In-vitro diagnostic reagents and equipment", &["体外诊断", "诊断试剂"]),
    c("biomedicine.medical_equipment", Biomedicine, (5, 2, 3), "高端诊疗设备", "High-end diagnostic and therapeutic equipment", &["诊疗设备"]),
    c("biomedicine.bio_based_materials", Biomedicine, (5, 3, 1), "生物基材料", "Bio-based materials", &["生物基材料"]),
    c("biomedicine.enzymes_fermentation", Biomedicine, (5, 3, 2), "酶制剂及新型发酵产品", "Enzymes and novel fermentation products", &["酶制剂", "发酵"]),
    c("biomedicine.bio_breeding", Biomedicine, (5, 4, 1), "生物育种", "Biological breeding", &["育种"]),
    c("biomedicine.animal_plant_health", Biomedicine, (5, 4, 2), "动植物营养和健康", "Animal and plant nutrition and health", &[]),
    c("biomedicine.functional_foods", Biomedicine, (5, 4, 3), "功能性食品", "Functional foods", &["功能性食品"]),
    c("energy_saving_env.efficient_lighting", EnergySavingEnv, (6, 1, 1), "高效照明产品及系统", "High-efficiency lighting products and systems", &["照明"]),
    c("energy_saving_env.efficient_motors", EnergySavingEnv, (6, 1, 2), "节能电机装备", "Energy-efficient motors", &["节能电机"]),
    c("energy_saving_env.saving_materials", EnergySavingEnv, (6, 1, 3), "节能材料", "Energy-saving materials", &["节能材料"]),
    c("energy_saving_env.air_pollution", EnergySavingEnv, (6, 2, 1), "大气污染防治", "Air-pollution control", &["大气污染"]),
    c("energy_saving_env.water_pollution", EnergySavingEnv, (6, 2, 2), "水污染防治", "Water-pollution control", &["水污染"]),
    c("energy_saving_env.solid_waste_soil", EnergySavingEnv, (6, 2, 3), "固体废物处理及土壤污染防治", "Solid-waste treatment and soil remediation", &["固体废物", "土壤"]),
    c("energy_saving_env.carbon_capture", EnergySavingEnv, (6, 3, 1), "碳捕集及封存", "Carbon capture and storage", &["碳捕集"]),
    c("energy_saving_env.carbon_utilisation", EnergySavingEnv, (6, 3, 2), "碳综合利用", "Carbon utilisation", &["碳综合利用"]),
    c("energy_saving_env.recycling", EnergySavingEnv, (6, 4, 1), "资源循环利用", "Resource recycling", &["资源循环利用"]),
    c("energy_saving_env.services", EnergySavingEnv, (6, 4, 2), "节能环保服务业", "Energy-saving and environmental services", &["节能环保服务"]),
    c("marine.info_equipment", Marine, (7, 1, 1), "海洋信息设备", "Marine information equipment", &["海洋信息设备"]),
    c("marine.info_services", Marine, (7, 1, 2), "海洋信息服务", "Marine information services", &["海洋信息服务"]),
    c("marine.biomedicine", Marine, (7, 2, 0), "海洋生物医药", "Marine biomedicine", &["海洋生物医药"]),
    c("marine.offshore_equipment", Marine, (7, 3, 1), "海工装备", "Offshore engineering equipment", &["海工装备"]),
    c("marine.deep_sea_aquaculture", Marine, (7, 3, 2), "深海养殖装备", "Deep-sea aquaculture equipment", &["养殖装备"]),
    c("marine.high_tech_ships", Marine, (7, 3, 3), "高技术船舶", "High-tech ships", &["船舶"]),
    c("marine.cruise_yachts", Marine, (7, 3, 4), "邮轮游艇", "Cruise ships and yachts", &["邮轮", "游艇"]),
    c("marine.tidal_wave_energy", Marine, (7, 3, 5), "海洋潮汐能和波浪能装备", "Tidal and wave energy equipment", &["潮汐能", "波浪能"]),
    c("marine.eco_governance", Marine, (7, 4, 1), "海洋生态环境治理产业", "Marine ecological governance", &["海洋生态环境治理"]),
    c("marine.blue_carbon", Marine, (7, 4, 2), "海洋碳汇产业", "Marine carbon sinks", &["碳汇"]),
    c("marine.seawater_utilisation", Marine, (7, 4, 3), "海水资源综合利用产业", "Seawater resource utilisation", &["海水资源"]),
    c("future_industries.quantum", FutureIndustries, (8, 1, 1), "量子信息", "Quantum information", &["量子"]),
    c("future_industries.mobile_6g", FutureIndustries, (8, 1, 2), "第六代移动通信（6G）", "6G mobile communications", &["6G"]),
    c("future_industries.brain_inspired", FutureIndustries, (8, 1, 3), "类脑智能", "Brain-inspired intelligence", &["类脑"]),
    c("future_industries.blockchain", FutureIndustries, (8, 1, 4), "区块链", "Blockchain", &["区块链"]),
    c("future_industries.gene_technology", FutureIndustries, (8, 2, 1), "基因技术", "Gene technology", &["基因技术"]),
    c("future_industries.synthetic_biology", FutureIndustries, (8, 2, 2), "合成生物技术", "Synthetic biology", &["合成生物"]),
    c("future_industries.microbiome", FutureIndustries, (8, 2, 3), "下一代微生物组技术", "Next-generation microbiome technology", &["微生物组"]),
    c("future_industries.deep_sea_minerals", FutureIndustries, (8, 3, 1), "深海矿产资源勘探与开发利用装备", "Deep-sea mineral exploration and mining equipment", &["深海矿产"]),
    c("future_industries.deep_sea_oil_gas", FutureIndustries, (8, 3, 2), "深海油气资源探测与开采装备", "Deep-sea oil and gas exploration and production equipment", &["深海油气"]),
    c("future_industries.deep_sea_bio", FutureIndustries, (8, 3, 3), "深海生物资源开发利用", "Deep-sea biological resources", &["深海生物"]),
];
